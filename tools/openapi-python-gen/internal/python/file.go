package python

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// lineLength is the limit ruff enforces on the generated package; it is
// written into the generated pyproject.toml.
const lineLength = 88

// importSection orders import groups the way ruff's isort does.
type importSection int

const (
	future importSection = iota
	stdlib
	thirdParty
	local
)

var thirdPartyModules = set("attrs", "httpx", "dateutil", "dateutil.parser")

type fromImport struct {
	module string
	names  map[string]bool
}

// File is one generated Python module. Code is added line by line; imports
// are declared where they are used and written as one sorted block, so that
// no template writes an import list by hand.
type File struct {
	Path     string
	doc      string
	plain    map[string]bool        // import x
	from     map[string]*fromImport // from x import y
	checking map[string]*fromImport // imports only for type checking
	lines    []string
	indent   string
}

// NewFile starts a module at the given package-relative path.
func NewFile(path string) *File {
	return &File{Path: path, plain: map[string]bool{}, from: map[string]*fromImport{}, checking: map[string]*fromImport{}}
}

// Doc sets the module docstring.
func (f *File) Doc(doc string) { f.doc = doc }

// Import records `from module import name` and returns name.
func (f *File) Import(module, name string) string {
	addFrom(f.from, module, name)
	return name
}

// ImportForTyping records an import needed only by annotations (used to
// break import cycles between models).
func (f *File) ImportForTyping(module, name string) string {
	addFrom(f.checking, module, name)
	return name
}

// ImportModule records `import module` and returns its name.
func (f *File) ImportModule(module string) string {
	f.plain[module] = true
	return module
}

func addFrom(m map[string]*fromImport, module, name string) {
	fi := m[module]
	if fi == nil {
		fi = &fromImport{module: module, names: map[string]bool{}}
		m[module] = fi
	}
	fi.names[name] = true
}

// P writes one line at the current indentation; an empty call writes a blank line.
func (f *File) P(format string, args ...any) {
	if format == "" {
		f.lines = append(f.lines, "")
		return
	}
	line := format
	if len(args) > 0 {
		line = fmt.Sprintf(format, args...)
	}
	if len(f.indent)+len(line) <= lineLength {
		f.lines = append(f.lines, f.indent+line)
		return
	}
	f.lines = append(f.lines, wrap(f.indent, line)...)
}

// Def writes a function header, one line if it fits, else with one
// parameter a line and a trailing comma (which ruff format keeps).
func (f *File) Def(def, name string, params []string, result string) {
	line := f.indent + def + " " + name + "(" + strings.Join(params, ", ") + ") -> " + result + ":"
	if len(line) <= lineLength {
		f.lines = append(f.lines, line)
		return
	}
	f.P("%s %s(", def, name)
	f.In()
	for _, p := range params {
		f.P("%s,", p)
	}
	f.Out()
	f.P(") -> %s:", result)
}

// Call writes head + "(" + args + ")" + tail like Def.
func (f *File) Call(head string, args []string, tail string) {
	line := f.indent + head + "(" + strings.Join(args, ", ") + ")" + tail
	if len(line) <= lineLength {
		f.lines = append(f.lines, line)
		return
	}
	f.P("%s(", head)
	f.In()
	for _, a := range args {
		f.P("%s,", a)
	}
	f.Out()
	f.P(")%s", tail)
}

// In and Out change the indentation of the following lines.
func (f *File) In()  { f.indent += "    " }
func (f *File) Out() { f.indent = f.indent[4:] }

// Content is the finished module.
func (f *File) Content() []byte {
	var head []string
	if f.doc != "" {
		head = docstringLines("", f.doc)
	}
	if block := f.importBlock(); len(block) > 0 {
		if len(head) > 0 {
			head = append(head, "")
		}
		head = append(head, block...)
	}
	if len(f.checking) > 0 {
		head = append(head, "", "if TYPE_CHECKING:")
		for _, line := range sortFrom(f.checking, "    ") {
			head = append(head, "    "+line)
		}
	}
	body := trimBlank(f.lines)
	if len(body) > 0 && len(head) > 0 {
		// Two blank lines before a definition, one before other code.
		head = append(head, "")
		if strings.HasPrefix(body[0], "def ") || strings.HasPrefix(body[0], "class ") ||
			strings.HasPrefix(body[0], "@") || strings.HasPrefix(body[0], "async def ") {
			head = append(head, "")
		}
	}
	size := 0
	for _, lines := range [][]string{head, body} {
		for _, line := range lines {
			size += len(line) + 1
		}
	}
	out := make([]byte, 0, size)
	for _, lines := range [][]string{head, body} {
		for _, line := range lines {
			out = append(append(out, line...), '\n')
		}
	}
	return out
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// importBlock is the sorted import lines, a blank line between sections.
func (f *File) importBlock() []string {
	if len(f.checking) > 0 {
		f.Import("typing", "TYPE_CHECKING")
	}
	var sections [local + 1][]string
	plain := make([]string, 0, len(f.plain))
	for m := range f.plain {
		plain = append(plain, m)
	}
	sort.Slice(plain, func(i, j int) bool { return moduleLess(plain[i], plain[j]) })
	for _, m := range plain {
		sec := sectionOf(m)
		sections[sec] = append(sections[sec], "import "+m)
	}
	for _, module := range sortedModules(f.from) {
		sec := sectionOf(module)
		sections[sec] = append(sections[sec], fromLine(module, f.from[module].names, ""))
	}
	var out []string
	for _, lines := range sections {
		if len(lines) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

func sectionOf(module string) importSection {
	switch {
	case module == "__future__":
		return future
	case strings.HasPrefix(module, "."):
		return local
	case thirdPartyModules[module] || thirdPartyModules[strings.Split(module, ".")[0]]:
		return thirdParty
	}
	return stdlib
}

// moduleLess sorts like ruff: relative imports furthest first, then by name
// ignoring case.
func moduleLess(a, b string) bool {
	da, db := len(a)-len(strings.TrimLeft(a, ".")), len(b)-len(strings.TrimLeft(b, "."))
	if da != db {
		return da > db
	}
	if c := compareFold(a, b); c != 0 {
		return c < 0
	}
	return a < b
}

// sortFrom renders from-imports sorted by module, names ordered by type
// (CONSTANTS, Classes, functions) as ruff's isort does, wrapped when long.
func sortFrom(m map[string]*fromImport, indent string) []string {
	modules := sortedModules(m)
	out := make([]string, len(modules))
	for i, mod := range modules {
		out[i] = fromLine(mod, m[mod].names, indent)
	}
	return out
}

// sortedModules is the modules of m in ruff's order.
func sortedModules(m map[string]*fromImport) []string {
	modules := make([]string, 0, len(m))
	for k := range m {
		modules = append(modules, k)
	}
	sort.Slice(modules, func(i, j int) bool { return moduleLess(modules[i], modules[j]) })
	return modules
}

// fromLine is `from mod import names`, wrapped one name a line when long.
func fromLine(mod string, names map[string]bool, indent string) string {
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Slice(sorted, func(i, j int) bool { return memberLess(sorted[i], sorted[j]) })
	line := "from " + mod + " import " + strings.Join(sorted, ", ")
	if len(indent)+len(line) > lineLength {
		line = "from " + mod + " import (\n" + indent + "    " + strings.Join(sorted, ",\n"+indent+"    ") + ",\n" + indent + ")"
	}
	return line
}

// memberKind orders names as isort does: CONSTANTS, Classes, then functions.
func memberKind(name string) int {
	switch {
	case len(name) > 1 && !hasLower(name):
		return 0
	case name[0] >= 'A' && name[0] <= 'Z':
		return 1
	}
	return 2
}

func memberLess(a, b string) bool {
	if ka, kb := memberKind(a), memberKind(b); ka != kb {
		return ka < kb
	}
	if c := compareFold(a, b); c != 0 {
		return c < 0
	}
	return a < b
}

// hasLower reports whether s changes when upper-cased.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(s) != s
		case 'a' <= c && c <= 'z':
			return true
		}
	}
	return false
}

// compareFold compares strings.ToLower(a) with strings.ToLower(b) without
// building them (names are nearly always ASCII).
func compareFold(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		ca, cb := a[i], b[i]
		if ca >= utf8.RuneSelf || cb >= utf8.RuneSelf {
			return strings.Compare(strings.ToLower(a[i:]), strings.ToLower(b[i:]))
		}
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if 'A' <= cb && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return int(ca) - int(cb)
		}
	}
	return len(a) - len(b)
}
