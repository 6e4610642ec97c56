// Package load reads an OpenAPI 3.0 or 3.1 document with kin-openapi and
// reports problems with their place in the document.
package load

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/getkin/kin-openapi/openapi3"
)

// Severity says whether a diagnostic stops generation.
type Severity int

const (
	// Warning: generation goes on, usually without the named part.
	Warning Severity = iota
	// Error: nothing is written.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Diagnostic is one problem found in the document.
type Diagnostic struct {
	Severity Severity
	// Location is a file name, a JSON pointer ("#/components/schemas/Pet")
	// or an operation ("GET /pets").
	Location string
	Message  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Severity, d.Location, d.Message)
}

// Warningf builds a warning.
func Warningf(location, format string, args ...any) Diagnostic {
	return Diagnostic{Warning, location, fmt.Sprintf(format, args...)}
}

// HasErrors reports whether any diagnostic is an error.
func HasErrors(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// File loads the document at path, resolving local and sibling-file $refs.
// It does not run kin-openapi's full validation: the generator checks the
// rules it depends on itself, and real documents break many others.
func File(path string) (*openapi3.T, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Data(data, path)
}

// Data loads a document held in memory; path names it and anchors relative refs.
func Data(data []byte, path string) (doc *openapi3.T, err error) {
	name := filepath.Base(path)
	defer func() {
		// kin-openapi can panic on some malformed inputs; report those as errors.
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: cannot read the document: %v", name, r)
		}
	}()
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	loader.ReadFromURIFunc = siblingFilesOnly(filepath.Dir(path))
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	doc, err = loader.LoadFromDataWithPath(data, pathURL(abs))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if doc.OpenAPI == "" {
		return nil, fmt.Errorf("%s: #/openapi: missing OpenAPI version", name)
	}
	if !doc.IsOpenAPI30() && !doc.IsOpenAPI31OrLater() {
		return nil, fmt.Errorf("%s: #/openapi: unsupported OpenAPI version %q (want 3.0 or 3.1)", name, doc.OpenAPI)
	}
	if doc.Paths == nil {
		doc.Paths = openapi3.NewPaths()
	}
	return doc, nil
}

var errRemoteRef = errors.New("only local files may be referenced")
