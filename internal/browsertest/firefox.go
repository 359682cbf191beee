//go:build !js

package browsertest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ErrNoFirefox says that no Firefox was found.
var ErrNoFirefox = errors.New("browsertest: Firefox not found: install it (apt-get install firefox-esr, or scripts/ensure-deps) or set $FIREFOX")

// FirefoxPath finds the browser: $FIREFOX, Debian's firefox-esr, or
// firefox on the PATH.
func FirefoxPath() (string, error) {
	if p := os.Getenv("FIREFOX"); p != "" {
		return p, nil
	}
	for _, name := range []string{"firefox-esr", "firefox"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoFirefox
}

// Firefox is a headless Firefox driven through Marionette, its traffic
// going through a Proxy.
type Firefox struct {
	M       *Marionette
	Proxy   *Proxy
	Version string
	cmd     *exec.Cmd
	done    chan struct{}
	log     *os.File
}

// firefoxStartTimeout bounds the start until Marionette listens; the
// first start of a new profile on a busy 2-core machine takes seconds.
const firefoxStartTimeout = 90 * time.Second

// firefoxPrefs: every request through the proxy, loopback included, and
// Firefox's own background services (updates, telemetry, experiments,
// safe browsing, captive portal and connectivity checks, remote
// settings) off, so that what the proxy sees is the page's and the
// extension's.
func firefoxPrefs(proxyHost string, proxyPort int) map[string]any {
	return map[string]any{
		"marionette.port":                               0, // any free port, written to MarionetteActivePort
		"network.proxy.type":                            1,
		"network.proxy.http":                            proxyHost,
		"network.proxy.http_port":                       proxyPort,
		"network.proxy.ssl":                             proxyHost,
		"network.proxy.ssl_port":                        proxyPort,
		"network.proxy.no_proxies_on":                   "",
		"network.proxy.allow_hijacking_localhost":       true,
		"network.dns.disablePrefetch":                   true,
		"network.prefetch-next":                         false,
		"network.connectivity-service.enabled":          false,
		"network.captive-portal-service.enabled":        false,
		"dom.security.https_first":                      false,
		"app.update.disabledForTesting":                 true,
		"app.normandy.enabled":                          false,
		"app.shield.optoutstudies.enabled":              false,
		"datareporting.healthreport.uploadEnabled":      false,
		"datareporting.policy.dataSubmissionEnabled":    false,
		"toolkit.telemetry.enabled":                     false,
		"toolkit.telemetry.unified":                     false,
		"browser.safebrowsing.malware.enabled":          false,
		"browser.safebrowsing.phishing.enabled":         false,
		"browser.safebrowsing.downloads.enabled":        false,
		"browser.safebrowsing.blockedURIs.enabled":      false,
		"browser.newtabpage.enabled":                    false,
		"browser.startup.homepage":                      "about:blank",
		"browser.startup.page":                          0,
		"browser.shell.checkDefaultBrowser":             false,
		"browser.aboutwelcome.enabled":                  false,
		"extensions.update.enabled":                     false,
		"extensions.getAddons.cache.enabled":            false,
		"extensions.systemAddon.update.enabled":         false,
		"messaging-system.rsexperimentloader.enabled":   false,
		"browser.search.update":                         false,
		"media.gmp-manager.updateEnabled":               false,
		"browser.region.network.url":                    "",
		"geo.provider.network.url":                      "",
		"identity.fxaccounts.enabled":                   false,
		"browser.urlbar.suggest.quicksuggest.sponsored": false,
	}
}

// StartFirefox starts headless Firefox (width×height) with a fresh profile
// in profileDir, every request through a new Proxy, and opens a
// Marionette session. Close it when done.
func StartFirefox(profileDir string, width, height int) (*Firefox, error) {
	path, err := FirefoxPath()
	if err != nil {
		return nil, err
	}
	proxy := StartProxy()
	host, port, _ := strings.Cut(proxy.Addr(), ":")
	portN, _ := strconv.Atoi(port)
	var prefs strings.Builder
	for k, v := range firefoxPrefs(host, portN) {
		js := fmt.Sprint(v)
		if s, ok := v.(string); ok {
			js = strconv.Quote(s)
		}
		fmt.Fprintf(&prefs, "user_pref(%q, %s);\n", k, js)
	}
	if err := os.WriteFile(filepath.Join(profileDir, "user.js"), []byte(prefs.String()), 0o644); err != nil {
		proxy.Close()
		return nil, err
	}
	logFile, err := os.Create(filepath.Join(profileDir, "firefox.log"))
	if err != nil {
		proxy.Close()
		return nil, err
	}
	// --remote-allow-system-access lets Marionette run scripts in the
	// browser window itself, where the tests press the extension's
	// keyboard shortcut.
	cmd := exec.Command(path, "--headless", "--marionette", "--remote-allow-system-access", "--no-remote",
		"--profile", profileDir, "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_HEADLESS_WIDTH="+strconv.Itoa(width), "MOZ_HEADLESS_HEIGHT="+strconv.Itoa(height))
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		proxy.Close()
		logFile.Close()
		return nil, fmt.Errorf("browsertest: starting %s: %w", path, err)
	}
	f := &Firefox{Proxy: proxy, cmd: cmd, done: make(chan struct{}), log: logFile}
	go func() { _ = cmd.Wait(); close(f.done) }()
	if err := f.connect(profileDir); err != nil {
		f.Close()
		return nil, fmt.Errorf("browsertest: %s: %w (its log: %s)", path, err, logFile.Name())
	}
	return f, nil
}

// connect waits for Marionette's port file and opens a session.
func (f *Firefox) connect(profileDir string) error {
	portFile := filepath.Join(profileDir, "MarionetteActivePort")
	deadline := time.Now().Add(firefoxStartTimeout)
	for {
		select {
		case <-f.done:
			return errors.New("Firefox exited at start")
		default:
		}
		if b, err := os.ReadFile(portFile); err == nil && len(strings.TrimSpace(string(b))) > 0 {
			m, err := DialMarionette("127.0.0.1:" + strings.TrimSpace(string(b)))
			if err == nil {
				f.M = m
				break
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("Marionette did not listen within %s", firefoxStartTimeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var session struct {
		Capabilities struct {
			Version string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := f.M.Call("WebDriver:NewSession", map[string]any{"capabilities": map[string]any{}}, &session); err != nil {
		return err
	}
	f.Version = session.Capabilities.Version
	return nil
}

// Close ends the session, stops Firefox and the proxy.
func (f *Firefox) Close() {
	if f.M != nil {
		_ = f.M.Call("Marionette:Quit", map[string]any{"flags": []string{"eForceQuit"}}, nil)
		f.M.Close()
	}
	select {
	case <-f.done:
	case <-time.After(10 * time.Second):
		_ = f.cmd.Process.Kill()
		<-f.done
	}
	f.log.Close()
	f.Proxy.Close()
}
