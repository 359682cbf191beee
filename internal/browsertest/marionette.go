//go:build !js

package browsertest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"
)

// Marionette is a client of Firefox's Marionette protocol, the remote
// control that geckodriver speaks, over its TCP socket: each message is
// "<length>:<JSON>", a command [0, id, name, params] and its answer
// [1, id, error, result]. It needs no driver and no library: Firefox
// itself listens (started with --marionette).
type Marionette struct {
	mu   sync.Mutex
	conn net.Conn
	r    *bufio.Reader
	id   int
}

// MarionetteError is an error Firefox answered with.
type MarionetteError struct {
	Command string
	Kind    string `json:"error"`
	Message string `json:"message"`
}

func (e *MarionetteError) Error() string {
	return fmt.Sprintf("marionette: %s: %s: %s", e.Command, e.Kind, e.Message)
}

// marionetteTimeout bounds one command's answer; a page load or a script
// waits for its own timeouts inside Firefox, well below it.
const marionetteTimeout = 3 * time.Minute

// DialMarionette connects to Marionette at addr and reads its greeting.
func DialMarionette(addr string) (*Marionette, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	m := &Marionette{conn: conn, r: bufio.NewReader(conn)}
	_ = conn.SetReadDeadline(time.Now().Add(marionetteTimeout))
	var hello struct {
		Protocol int `json:"marionetteProtocol"`
	}
	raw, err := m.read()
	if err == nil {
		err = json.Unmarshal(raw, &hello)
	}
	if err != nil || hello.Protocol < 3 {
		conn.Close()
		return nil, fmt.Errorf("marionette: bad greeting from %s: %q (%v)", addr, raw, err)
	}
	return m, nil
}

// read reads one "<length>:<JSON>" message.
func (m *Marionette) read() ([]byte, error) {
	head, err := m.r.ReadString(':')
	if err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(head[:len(head)-1])
	if err != nil || n < 0 {
		return nil, fmt.Errorf("marionette: bad message length %q", head)
	}
	buf := make([]byte, n)
	_, err = io.ReadFull(m.r, buf)
	return buf, err
}

// Call sends a command and decodes its result into out (unless nil).
func (m *Marionette) Call(name string, params, out any) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if params == nil {
		params = map[string]any{}
	}
	m.id++
	msg, err := json.Marshal([]any{0, m.id, name, params})
	if err != nil {
		return err
	}
	_ = m.conn.SetDeadline(time.Now().Add(marionetteTimeout))
	if _, err := fmt.Fprintf(m.conn, "%d:%s", len(msg), msg); err != nil {
		return err
	}
	for {
		raw, err := m.read()
		if err != nil {
			return fmt.Errorf("marionette: %s: %w", name, err)
		}
		var answer []json.RawMessage
		if err := json.Unmarshal(raw, &answer); err != nil || len(answer) != 4 {
			return fmt.Errorf("marionette: %s: bad answer %.200q", name, raw)
		}
		var id int
		if err := json.Unmarshal(answer[1], &id); err != nil || id != m.id {
			continue // an answer to an earlier command that timed out
		}
		if string(answer[2]) != "null" {
			e := &MarionetteError{Command: name}
			_ = json.Unmarshal(answer[2], e)
			return e
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(answer[3], out)
	}
}

// Script runs a script (a function body: `return …`) in the current
// context and decodes its value into out (unless nil).
func (m *Marionette) Script(script string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	var res struct {
		Value json.RawMessage `json:"value"`
	}
	if err := m.Call("WebDriver:ExecuteScript", map[string]any{"script": script, "args": args}, &res); err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(res.Value, out)
}

// Close closes the connection.
func (m *Marionette) Close() error { return m.conn.Close() }
