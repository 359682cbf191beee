package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/seed15afa100/articlecleaner/web"
)

func init() {
	subcommands["serve"] = subcommand{
		summary: "serve the web page (built by make wasm) on a local address: serve [-addr 127.0.0.1:8080]",
		run: func(args []string, stdout, stderr io.Writer) int {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serve(ctx, args, stdout, stderr, web.Static())
		},
	}
}

// defaultServeAddr is loopback only: the page is for the person at this
// machine, and nothing in it needs to be reachable from elsewhere.
const defaultServeAddr = "127.0.0.1:8080"

// Server timeouts: generous for a local page, but bounded so a stuck
// client cannot hold a connection forever.
const (
	serveReadHeaderTimeout = 10 * time.Second
	serveIdleTimeout       = 2 * time.Minute
	serveShutdownTimeout   = 5 * time.Second
)

// serve runs `articlecleaner serve` until ctx is done. It prints the URL
// once it is listening.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer, assets fs.FS) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", defaultServeAddr, "address to listen on (host:port; port 0 picks a free one)")
	fl.Usage = func() {
		fmt.Fprintf(stderr, "Usage: %s serve [-addr host:port]\n\nServes the web page, which cleans articles in the browser.\n\n", progName)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "%s serve: unexpected argument %q\n", progName, fl.Arg(0))
		return exitUsage
	}
	handler, err := web.NewHandler(assets)
	if err != nil {
		fmt.Fprintf(stderr, "%s serve: %v\n", progName, err)
		return exitFail
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "%s serve: %v\n", progName, err)
		return exitFail
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: serveReadHeaderTimeout, IdleTimeout: serveIdleTimeout}
	fmt.Fprintf(stdout, "Serving the articlecleaner page at http://%s/ (Ctrl+C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "%s serve: %v\n", progName, err)
		return exitFail
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "%s serve: %v\n", progName, err)
		return exitFail
	}
	return exitOK
}
