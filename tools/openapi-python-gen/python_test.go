package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestPythonBehaviour generates every testdata document and runs the pytest
// files in pytests/ against the packages (round trips, UNSET and null,
// unknown enum values and union variants, const checks, and the operations
// against a real HTTP server on 127.0.0.1).
func TestPythonBehaviour(t *testing.T) {
	py := pythonWith(t, "attrs", "httpx", "dateutil", "pytest")
	dir := t.TempDir()
	for _, feature := range features(t) {
		generateInto(t, filepath.Join(feature, "openapi.yaml"), dir, filepath.Base(feature))
	}
	cmd := exec.Command(py, "-m", "pytest", "-q", "-p", "no:cacheprovider", "pytests")
	cmd.Env = append(os.Environ(), "GENERATED_DIR="+dir, "PYTHONDONTWRITEBYTECODE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("pytest failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
