// Package python writes a typed Python client package (attrs models, httpx
// client) from the language-neutral model.
package python

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

//go:embed runtime/*.py
var runtimeFiles embed.FS

// Options name the generated project.
type Options struct {
	// ProjectName is the distribution name ("portarium-client").
	ProjectName string
	// PackageName is the import name ("portarium_client").
	PackageName string
	// Version overrides the document's info.version.
	Version string
}

// DefaultOptions fills in the names the flags leave out: the project is
// named after the document title with "-client", the package after the project.
func DefaultOptions(doc *ir.Document, o Options) Options {
	if o.ProjectName == "" {
		o.ProjectName = strings.ReplaceAll(Snake(doc.Title, "api"), "_", "-") + "-client"
		o.ProjectName = strings.Replace(o.ProjectName, "-client-client", "-client", 1)
	}
	if o.PackageName == "" {
		o.PackageName = Snake(o.ProjectName, "client")
	}
	if o.Version == "" {
		o.Version = doc.Version
	}
	return o
}

var packageNamePattern = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

type gen struct {
	doc   *ir.Document
	opts  Options
	pkg   string
	names map[*ir.Model]*modelNames
	deps  map[*ir.Model][]*ir.Model
	// reach memoizes reaches; files are rendered in parallel, hence the lock.
	reachMu sync.Mutex
	reach   map[[2]*ir.Model]bool
	// opModules are the operations' modules, "tag.module".
	opModules map[*ir.Operation]string
}

// Generate returns the project's files by slash-separated path.
func Generate(doc *ir.Document, opts Options) (map[string][]byte, error) {
	opts = DefaultOptions(doc, opts)
	if !packageNamePattern.MatchString(opts.PackageName) || keywords[opts.PackageName] {
		return nil, fmt.Errorf("package name %q is not a Python identifier in lower case", opts.PackageName)
	}
	g := &gen{doc: doc, opts: opts, pkg: opts.PackageName, names: map[*ir.Model]*modelNames{},
		reach: map[[2]*ir.Model]bool{}, opModules: map[*ir.Operation]string{}}
	g.nameModels()
	g.findDeps()
	// Names are settled first, in document order; the files are then independent
	// of each other and rendered in parallel.
	jobs := []func() *File{g.modelsInit}
	for _, m := range g.doc.Models {
		jobs = append(jobs, func() *File { return g.modelFile(m) })
	}
	jobs = append(jobs, g.operationJobs()...)
	out, err := g.runtimeModules()
	if err != nil {
		return nil, err
	}
	renderAll(jobs, out)
	for name, content := range g.projectFiles(out[g.pkg+"/errors.py"]) {
		out[name] = content
	}
	return out, nil
}

// renderAll runs the jobs on every core and adds their files to out. A
// package has hundreds of files and each takes tens of microseconds, so one
// job at a time is handed out.
func renderAll(jobs []func() *File, out map[string][]byte) {
	paths := make([]string, len(jobs))
	contents := make([][]byte, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(jobs); i = int(next.Add(1)) - 1 {
				f := jobs[i]()
				paths[i], contents[i] = f.Path, f.Content()
			}
		}()
	}
	wg.Wait()
	for i, path := range paths {
		out[path] = contents[i]
	}
}

// reservedClasses are names model modules import; a model may not take them.
var reservedClasses = []string{"Any", "Mapping", "Literal", "TypeAlias", "Enum", "UUID", "File", "Unset",
	"UNSET", "Response", "Client", "AuthenticatedClient", "TYPE_CHECKING", "None", "True", "False"}

func (g *gen) nameModels() {
	classes := NewNamer(reservedClasses...)
	modules := NewNamer("__init__")
	for _, m := range g.doc.Models {
		n := &modelNames{class: classes.Claim(Pascal(m.Name, "Model"))}
		n.module = modules.Claim(moduleName(n.class))
		switch m.Kind {
		case ir.Object:
			attrs := NewNamer()
			n.attrs = map[*ir.Property]string{}
			for _, p := range m.Properties {
				n.attrs[p] = attrs.Claim(Attr(p.Name))
			}
		case ir.Enum:
			members := NewNamer()
			for _, v := range m.EnumValues {
				name := Upper(fmt.Sprint(v))
				if x, ok := v.(float64); ok {
					name = "VALUE_" + strings.Replace(fmt.Sprint(int64(x)), "-", "MINUS_", 1)
				}
				n.members = append(n.members, members.Claim(name))
			}
		case ir.Union:
			n.parse, n.serialize = "parse_"+n.module, "serialize_"+n.module
			if m.Discriminator != nil {
				n.unknown = classes.Claim("Unknown" + n.class)
			}
		}
		g.names[m] = n
	}
}

func (g *gen) findDeps() {
	g.deps = map[*ir.Model][]*ir.Model{}
	var walk func(m *ir.Model, t *ir.Type)
	walk = func(m *ir.Model, t *ir.Type) {
		if t == nil {
			return
		}
		if t.Model != nil {
			g.deps[m] = append(g.deps[m], t.Model)
		}
		walk(m, t.Elem)
		for _, e := range t.Elems {
			walk(m, e)
		}
	}
	for _, m := range g.doc.Models {
		for _, p := range m.Properties {
			walk(m, p.Type)
		}
		walk(m, m.Extra)
		for _, t := range m.Members {
			walk(m, t)
		}
	}
}

// reaches reports whether from refers to to, directly or through other models.
func (g *gen) reaches(from, to *ir.Model) bool {
	key := [2]*ir.Model{from, to}
	g.reachMu.Lock()
	r, ok := g.reach[key]
	g.reachMu.Unlock()
	if ok {
		return r
	}
	seen := map[*ir.Model]bool{}
	var dfs func(m *ir.Model) bool
	dfs = func(m *ir.Model) bool {
		for _, d := range g.deps[m] {
			if d == to {
				return true
			}
			if !seen[d] {
				seen[d] = true
				if dfs(d) {
					return true
				}
			}
		}
		return false
	}
	r = dfs(from) // outside the lock: g.deps is only read once rendering starts
	g.reachMu.Lock()
	g.reach[key] = r
	g.reachMu.Unlock()
	return r
}

func (g *gen) modelsInit() *File {
	f := NewFile(g.pkg + "/models/__init__.py")
	f.Doc("The data models of the API.")
	var all []string
	for _, m := range g.doc.Models {
		n := g.names[m]
		module := "." + n.module
		for _, name := range []string{n.class, n.unknown, n.parse, n.serialize} {
			if name != "" {
				all = append(all, f.Import(module, name))
			}
		}
	}
	writeAll(f, all)
	return f
}

// writeAll writes __all__ sorted, one name a line.
func writeAll(f *File, names []string) {
	sort.Strings(names)
	if len(names) == 0 {
		f.P("__all__: list[str] = []")
		return
	}
	f.P("__all__ = [")
	f.In()
	for _, n := range names {
		f.P("%s,", String(n))
	}
	f.Out()
	f.P("]")
}

// IsRuntime reports whether a generated file is a copied runtime module.
func IsRuntime(name string) bool {
	_, err := fs.Stat(runtimeFiles, "runtime/"+path.Base(name))
	return err == nil && strings.Count(name, "/") == 1
}

var baseErrorPattern = regexp.MustCompile(`\bPortariumError\b`)

// BaseErrorName is the package's base error class: "portarium_client" ->
// "PortariumError", "acme_billing_client" -> "AcmeBillingError".
func BaseErrorName(pkg string) string {
	name := strings.TrimSuffix(pkg, "_client")
	if name == "" {
		name = pkg
	}
	return Pascal(name, "Api") + "Error"
}

// runtimeModules returns the copied runtime modules, by path.
func (g *gen) runtimeModules() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := fs.WalkDir(runtimeFiles, "runtime", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		content, err := runtimeFiles.ReadFile(p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		if strings.HasPrefix(name, "test_") || strings.HasSuffix(name, "_test.py") || name == "conftest.py" {
			return nil
		}
		if name == "errors.py" {
			content = baseErrorPattern.ReplaceAll(content, []byte(BaseErrorName(g.pkg)))
		}
		out[g.pkg+"/"+name] = content
		return nil
	})
	return out, err
}

// moduleName is a snake_case module name that can be imported.
func moduleName(name string) string {
	s := Snake(name, "model")
	if keywords[s] {
		s += "_"
	}
	return s
}
