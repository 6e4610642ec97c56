package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
)

// specsDir is the third-party documents' folder: OPENAPI_SPECS_DIR, or
// shared/specs beside the repository.
func specsDir(t *testing.T) string {
	dir := os.Getenv("OPENAPI_SPECS_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "specs")
	}
	if _, err := os.Stat(dir); err != nil {
		if required {
			t.Fatalf("conformance documents not found at %s", dir)
		}
		t.Skipf("conformance documents not found at %s (set OPENAPI_SPECS_DIR)", dir)
	}
	return dir
}

// TestConformance: every positive document generates and passes ruff and
// mypy --strict; every document in documents_with_errors gives an error
// naming its place with nothing written, or warnings naming what was skipped.
func TestConformance(t *testing.T) {
	dir := specsDir(t)
	var positive []string
	for _, pattern := range []string{"*/*.yaml", "*/*.yml", "*/*.json"} {
		found, _ := filepath.Glob(filepath.Join(dir, pattern))
		positive = append(positive, found...)
	}
	negative, _ := filepath.Glob(filepath.Join(dir, "*", "documents_with_errors", "*"))
	if len(positive) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	var passed, rejected, warned atomic.Int32
	t.Run("positive", func(t *testing.T) {
		mypy := tool(t, "MYPY", "mypy")
		ruff := os.Getenv("RUFF")
		if ruff == "" {
			ruff, _ = exec.LookPath("ruff")
		}
		out := t.TempDir()
		for _, spec := range positive {
			t.Run(filepath.Base(spec), func(t *testing.T) {
				t.Parallel()
				project := generateInto(t, spec, out, strings.ReplaceAll(filepath.Base(spec), ".", "_"))
				pkgs, _ := filepath.Glob(filepath.Join(project, "*", "__init__.py"))
				if len(pkgs) != 1 {
					t.Fatalf("want one package in %s, found %v", project, pkgs)
				}
				pkg := filepath.Base(filepath.Dir(pkgs[0]))
				checks := [][]string{{mypy, "--strict", "--python-version", "3.10", "--no-incremental", pkg}}
				if ruff != "" {
					checks = append(checks, []string{ruff, "check", "--no-cache", "."}, []string{ruff, "format", "--check", "--no-cache", "."})
				}
				for _, c := range checks {
					cmd := exec.Command(c[0], c[1:]...)
					cmd.Dir = project
					if b, err := cmd.CombinedOutput(); err != nil {
						t.Errorf("%s: %v\n%s", strings.Join(c[1:], " "), err, b)
					}
				}
				if !t.Failed() {
					passed.Add(1)
				}
			})
		}
	})
	t.Run("with_errors", func(t *testing.T) {
		for _, spec := range negative {
			t.Run(filepath.Base(spec), func(t *testing.T) {
				files, diags, err := Generate(spec, python.Options{})
				switch {
				case err != nil:
					if files != nil {
						t.Errorf("files returned with an error")
					}
					if !located(err.Error()) && !anyLocated(diags) {
						t.Errorf("error does not name a place in the document: %v %v", err, diags)
					}
					rejected.Add(1)
				case len(diags) > 0 && anyLocated(diags):
					warned.Add(1)
				default:
					t.Errorf("accepted without a diagnostic")
				}
				for _, d := range diags {
					t.Log(d)
				}
				if err != nil {
					t.Log(err)
				}
			})
		}
	})
	t.Logf("conformance: %d/%d positive documents pass mypy --strict (and ruff when found); "+
		"documents_with_errors: %d rejected with a located error, %d accepted with located warnings, of %d",
		passed.Load(), len(positive), rejected.Load(), warned.Load(), len(negative))
}

// located reports whether a message names a JSON pointer or an operation.
func located(msg string) bool {
	if strings.Contains(msg, "#/") {
		return true
	}
	for _, m := range []string{"GET ", "PUT ", "POST ", "DELETE ", "PATCH ", "HEAD ", "OPTIONS ", "TRACE "} {
		if strings.Contains(msg, m+"/") {
			return true
		}
	}
	return false
}

func anyLocated(diags []load.Diagnostic) bool {
	for _, d := range diags {
		if located(d.Location) {
			return true
		}
	}
	return false
}

func TestMainExitCodes(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if err := os.WriteFile(filepath.Join(dir, "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /:\n    post:\n      requestBody: {$ref: '#/components/requestBodies/missing'}\n      responses: {'200': {description: ok}}\n"), 0o644)
	var stderr bytes.Buffer
	if code := run([]string{"-spec", bad, "-out", out}, &stderr); code != 1 {
		t.Errorf("exit code %d, want 1; stderr:\n%s", code, &stderr)
	}
	if !strings.Contains(stderr.String(), "#/components/requestBodies/missing") {
		t.Errorf("error does not name the missing reference:\n%s", &stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output written despite the error: %v", err)
	}
	good := filepath.Join("testdata", "models", "openapi.yaml")
	stderr.Reset()
	if code := run([]string{"-spec", good, "-out", out, "-package-name", "pets", "-package-version", "9.9.9"}, &stderr); code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, &stderr)
	}
	pyproject, err := os.ReadFile(filepath.Join(out, "pyproject.toml"))
	if err != nil || !bytes.Contains(pyproject, []byte(`version = "9.9.9"`)) || !bytes.Contains(pyproject, []byte(`name = "models-client"`)) {
		t.Errorf("pyproject.toml: %v\n%s", err, pyproject)
	}
	if _, err := os.Stat(filepath.Join(out, "pets", "models", "pet.py")); err != nil {
		t.Error(err)
	}
	if code := run([]string{"-spec", good}, &stderr); code != 2 {
		t.Errorf("missing -out: exit code %d, want 2", code)
	}
	// A failure after the output was started leaves the previous output and nothing else.
	stderr.Reset()
	if code := run([]string{"-spec", good, "-out", out, "-package-name", "not-a-name"}, &stderr); code != 1 {
		t.Errorf("bad package name: exit code %d, want 1; stderr:\n%s", code, &stderr)
	}
	if got, err := os.ReadFile(filepath.Join(out, "pyproject.toml")); err != nil || !bytes.Equal(got, pyproject) {
		t.Errorf("previous output changed by a failed run: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := "bad.yaml keep out"; strings.Join(names, " ") != want {
		t.Errorf("beside the output: %v, want %s", names, want)
	}
}
