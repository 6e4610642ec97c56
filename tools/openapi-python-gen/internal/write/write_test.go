package write

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDirReplacesContents(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := Dir(out, map[string][]byte{"a/b.py": []byte("x"), "stale.py": nil}); err != nil {
		t.Fatal(err)
	}
	if err := Dir(out, map[string][]byte{"a/b.py": []byte("y")}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "a", "b.py"))
	if err != nil || string(got) != "y" {
		t.Fatalf("a/b.py = %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(out, "stale.py")); !os.IsNotExist(err) {
		t.Errorf("stale.py survived the swap: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("temporary directories left beside out: %v", entries)
	}
}

func TestDirFailureKeepsPrevious(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := Dir(out, map[string][]byte{"keep.py": []byte("old")}); err != nil {
		t.Fatal(err)
	}
	// A file and a directory with the same name cannot both be written.
	err := Dir(out, map[string][]byte{"x": []byte("1"), "x/y": []byte("2")})
	if err == nil {
		t.Fatal("want an error")
	}
	got, err := os.ReadFile(filepath.Join(out, "keep.py"))
	if err != nil || string(got) != "old" {
		t.Fatalf("previous output damaged: %q, %v", got, err)
	}
}

func TestDirWritesManyFilesExactly(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	files := map[string][]byte{}
	for i := range 300 {
		files[fmt.Sprintf("pkg/m%d/f%d.py", i%7, i)] = []byte(fmt.Sprint(i))
	}
	if err := Dir(out, files); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil || string(got) != string(want) {
			t.Fatalf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
}
