package python

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"text/template"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

//go:embed templates/*.tmpl
var templateFiles embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"toml": tomlString,
}).ParseFS(templateFiles, "templates/*.tmpl"))

type projectData struct {
	Options
	Title, DocVersion, Description, BaseURL, BaseError string
	// Summary is pyproject's one-line description.
	Summary      string
	ImportClient string
	LineLength   int
	// Example is a runnable call of one operation, "" when none fits.
	Example string
}

// projectFiles are the files around the package; errorsPy is the package's errors module.
func (g *gen) projectFiles(errorsPy []byte) map[string][]byte {
	d := projectData{
		Options: g.opts, Title: g.doc.Title, DocVersion: g.doc.Version,
		Description: strings.TrimSpace(g.doc.Description), BaseURL: g.doc.ServerURL,
		BaseError: BaseErrorName(g.pkg), LineLength: lineLength,
		ImportClient: sortFrom(map[string]*fromImport{g.pkg: {g.pkg, set("AuthenticatedClient")}}, "")[0],
	}
	if d.Title == "" {
		d.Title = "the API"
	}
	d.Summary = "Typed Python client for " + d.Title
	d.Example = g.example()
	if d.BaseURL == "" || !strings.HasPrefix(d.BaseURL, "http") {
		d.BaseURL = "https://api.example.com"
	}
	out := map[string][]byte{
		"pyproject.toml":       g.render("pyproject.toml.tmpl", d),
		"README.md":            g.render("README.md.tmpl", d),
		g.pkg + "/py.typed":    nil,
		g.pkg + "/__init__.py": g.packageInit(errorsPy).Content(),
	}
	return out
}

// tomlString quotes s as a TOML basic string: TOML knows \b \t \n \f \r \" \\ and \uXXXX, not Go's \x or \a.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (g *gen) render(name string, d projectData) []byte {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, d); err != nil {
		// The templates are fixed and tested; a failure is a bug here.
		panic(err)
	}
	return b.Bytes()
}

var classPattern = regexp.MustCompile(`(?m)^class (\w+)\(`)

// packageInit exports the clients and the public classes of errorsPy.
func (g *gen) packageInit(errorsPy []byte) *File {
	f := NewFile(g.pkg + "/__init__.py")
	title := g.doc.Title
	if title == "" {
		title = "the API"
	}
	f.Doc("A client library for " + title + ".")
	all := []string{f.Import(".client", "AuthenticatedClient"), f.Import(".client", "Client")}
	for _, m := range classPattern.FindAllSubmatch(errorsPy, -1) {
		if name := string(m[1]); !strings.HasPrefix(name, "_") {
			all = append(all, f.Import(".errors", name))
		}
	}
	writeAll(f, all)
	return f
}

// example is a call of the first operation whose required arguments are all
// strings, written like generated code so that ruff format accepts it.
func (g *gen) example() string {
	for _, op := range g.doc.Operations {
		if op.Body != nil && op.Body.Required || op.Pagination != nil {
			continue
		}
		args := []string{"client=client"}
		usable := true
		for _, p := range op.Params {
			if !p.Required {
				continue
			}
			if p.Type.Kind != ir.KindPrimitive || p.Type.Primitive != ir.String || p.Type.Format != "" {
				usable = false
			}
			args = append(args, Param(p.Name)+"="+String(p.Name))
		}
		if !usable || g.opModules[op] == "" {
			continue
		}
		tag, module, _ := strings.Cut(g.opModules[op], ".")
		f := NewFile("README")
		f.Import(g.pkg+".api."+tag, module)
		f.Call("result = "+module+".sync", args, "")
		return strings.TrimSuffix(string(f.Content()), "\n")
	}
	return ""
}
