// Package write puts generated files on disk atomically.
package write

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"runtime"
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
	dirs := byDirectory(files)
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(tmp, filepath.FromSlash(d.name)), 0o755); err != nil {
			return err
		}
	}
	if err := writeAll(tmp, dirs, files); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	return swap(tmp, out)
}

type directory struct {
	name  string   // slash path relative to the output
	files []string // the slash paths of the files in it
}

// byDirectory groups the files by directory, the directories with most files first.
func byDirectory(files map[string][]byte) []directory {
	index := map[string]int{}
	var dirs []directory
	for name := range files {
		dir := path.Dir(name)
		i, ok := index[dir]
		if !ok {
			i = len(dirs)
			index[dir] = i
			dirs = append(dirs, directory{name: dir})
		}
		dirs[i].files = append(dirs[i].files, name)
	}
	for _, d := range dirs {
		sort.Strings(d.files)
	}
	sort.Slice(dirs, func(i, j int) bool {
		if len(dirs[i].files) != len(dirs[j].files) {
			return len(dirs[i].files) > len(dirs[j].files)
		}
		return dirs[i].name < dirs[j].name
	})
	return dirs
}

// writeAll writes the files into their (existing) directories under root, one
// directory per core at a time. Creating a file takes the directory's lock, so
// writers in the same directory only wait on each other (on ext4 they spin,
// burning the CPU the others need); writers in different directories do not.
func writeAll(root string, dirs []directory, files map[string][]byte) error {
	next := make(chan directory)
	errs := make(chan error, len(dirs))
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(dirs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range next {
				for _, name := range d.files {
					if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(name)), files[name], 0o644); err != nil {
						errs <- err
						break
					}
				}
			}
		}()
	}
	for _, d := range dirs {
		next <- d
	}
	close(next)
	wg.Wait()
	close(errs)
	return <-errs
}

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
