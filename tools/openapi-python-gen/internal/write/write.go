// Package write puts generated files on disk atomically.
package write

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync"
)

// Dir replaces the directory out with exactly files (relative slash paths to
// contents). The files are written into a temporary directory beside out which
// is then renamed into place, so a failure leaves the previous out intact.
func Dir(out string, files map[string][]byte) error {
	out = filepath.Clean(out)
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".new-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.MkdirAll(filepath.Join(tmp, filepath.FromSlash(path.Dir(name))), 0o755); err != nil {
			return err
		}
	}
	if err := writeAll(tmp, names, files); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return swap(tmp, out)
}

// writeAll writes the files into their (existing) directories under dir, a few at a time:
// creating a file is mostly waiting on the file system, and a package has hundreds.
func writeAll(dir string, names []string, files map[string][]byte) error {
	next := make(chan string)
	errs := make(chan error, writers)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range next {
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), files[name], 0o644); err != nil {
					errs <- err
					for range next { // drain, so the sender never blocks
					}
					return
				}
			}
		}()
	}
	for _, name := range names {
		next <- name
	}
	close(next)
	wg.Wait()
	close(errs)
	return <-errs
}

// writers is how many files are written at once.
const writers = 8

// swap moves tmp to out, keeping the old out aside until the move succeeded.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Lstat(out); err == nil {
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("moving the previous output aside: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			if rerr := os.Rename(old, out); rerr != nil {
				return fmt.Errorf("%v; restoring the previous output also failed: %v", err, rerr)
			}
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
