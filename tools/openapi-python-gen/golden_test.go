package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/*/expected")

// features are the testdata folders, each an openapi.yaml and the expected
// output (without the copied runtime modules, which are tested on their own).
func features(t testing.TB) []string {
	dirs, err := filepath.Glob("testdata/*/openapi.yaml")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no testdata documents: %v", err)
	}
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	return dirs
}

func TestGolden(t *testing.T) {
	for _, dir := range features(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, _, err := Generate(filepath.Join(dir, "openapi.yaml"), python.Options{})
			if err != nil {
				t.Fatal(err)
			}
			expected := filepath.Join(dir, "expected")
			if *update {
				if err := os.RemoveAll(expected); err != nil {
					t.Fatal(err)
				}
			}
			var names []string
			for name := range files {
				if !python.IsRuntime(name) {
					names = append(names, name)
				}
			}
			sort.Strings(names)
			for _, name := range names {
				p := filepath.Join(expected, filepath.FromSlash(name))
				if *update {
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, files[name], 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(p)
				if err != nil {
					t.Errorf("%s: not expected (run go test -run TestGolden -update): %v", name, err)
					continue
				}
				if !bytes.Equal(want, files[name]) {
					t.Errorf("%s differs from %s (run go test -run TestGolden -update and read the diff)", name, p)
				}
			}
			err = filepath.WalkDir(expected, func(p string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel, _ := filepath.Rel(expected, p)
				if _, ok := files[filepath.ToSlash(rel)]; !ok {
					t.Errorf("%s is expected but no longer generated", rel)
				}
				return nil
			})
			if err != nil && !*update {
				t.Error(err)
			}
		})
	}
}

// TestGenerateDeterministic generates each document twice.
func TestGenerateDeterministic(t *testing.T) {
	for _, dir := range features(t) {
		a, _, err := Generate(filepath.Join(dir, "openapi.yaml"), python.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _, _ := Generate(filepath.Join(dir, "openapi.yaml"), python.Options{})
		for name := range a {
			if !bytes.Equal(a[name], b[name]) {
				t.Errorf("%s: %s differs between two runs", dir, name)
			}
		}
	}
}

func TestNoPathsDifferOnlyInCase(t *testing.T) {
	for _, dir := range features(t) {
		files, _, err := Generate(filepath.Join(dir, "openapi.yaml"), python.Options{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for name := range files {
			if other, ok := seen[strings.ToLower(name)]; ok {
				t.Errorf("%s and %s differ only in case", name, other)
			}
			seen[strings.ToLower(name)] = name
		}
	}
}
