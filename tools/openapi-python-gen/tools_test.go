package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/write"
)

// required says whether a missing Python tool fails the test instead of skipping it.
var required = os.Getenv("CONFORMANCE_REQUIRED") == "1"

// tool finds a program from the environment variable env or on PATH.
func tool(t testing.TB, env, name string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if required {
		t.Fatalf("%s not found: set %s or put it on PATH", name, env)
	}
	t.Skipf("%s not found: set %s or put it on PATH", name, env)
	return ""
}

// pythonWith returns a Python that can import the modules, or skips.
func pythonWith(t testing.TB, modules ...string) string {
	py := tool(t, "PYTHON", "python3")
	args := []string{"-c", "import sys; [__import__(m) for m in sys.argv[1:]]"}
	if out, err := exec.Command(py, append(args, modules...)...).CombinedOutput(); err != nil {
		if required {
			t.Fatalf("%s cannot import %v: %s", py, modules, out)
		}
		t.Skipf("%s cannot import %v: %s", py, modules, out)
	}
	return py
}

// generateInto writes the project for spec under dir/name and returns its path.
func generateInto(t testing.TB, spec, dir, name string) string {
	files, _, err := Generate(spec, python.Options{})
	if err != nil {
		t.Fatalf("%s: %v", spec, err)
	}
	out := filepath.Join(dir, name)
	if err := write.Dir(out, files); err != nil {
		t.Fatal(err)
	}
	return out
}
