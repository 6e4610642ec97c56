package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
)

// FuzzGenerate feeds mutated documents through load, build and the Python
// writer: none may panic, and every accepted document must give Python that
// compiles (checked when python3 is available).
func FuzzGenerate(f *testing.F) {
	for _, feature := range features(f) {
		data, err := os.ReadFile(filepath.Join(feature, "openapi.yaml"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}`))
	py, _ := exec.LookPath("python3")
	if p := os.Getenv("PYTHON"); p != "" {
		py = p
	}
	dir := f.TempDir()
	path := filepath.Join(dir, "fuzz.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := load.Data(data, path)
		if err != nil {
			return
		}
		model, diags := ir.Build(doc)
		if load.HasErrors(diags) {
			return
		}
		files, err := python.Generate(model, python.Options{PackageName: "fuzzed"})
		if err != nil || py == "" {
			return
		}
		var sources []string
		for name, content := range files {
			if strings.HasSuffix(name, ".py") {
				p := filepath.Join(t.TempDir(), strings.ReplaceAll(name, "/", "_"))
				if err := os.WriteFile(p, content, 0o644); err != nil {
					t.Fatal(err)
				}
				sources = append(sources, p)
			}
		}
		check := "import sys\nfor p in sys.argv[1:]:\n    compile(open(p, encoding='utf-8').read(), p, 'exec')\n"
		if out, err := exec.Command(py, append([]string{"-c", check}, sources...)...).CombinedOutput(); err != nil {
			t.Fatalf("generated Python does not compile: %v\n%s", err, out)
		}
	})
}
