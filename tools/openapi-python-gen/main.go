// Command openapi-python-gen turns an OpenAPI 3.0 or 3.1 document into a
// typed Python client package (attrs models, httpx client).
//
//	openapi-python-gen -spec FILE -out DIR [-project-name NAME] [-package-name NAME] [-package-version V]
//
// Problems are printed with their place in the document. On an error the
// exit status is 1 and nothing is written; warnings name what was left out.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/write"
)

func main() {
	// A run is short and allocates a document-sized graph once: collecting less often cuts
	// a third of the CPU time (docs/benchmarks.md) for memory the run gives back on exit.
	debug.SetGCPercent(400)
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("openapi-python-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	spec := fs.String("spec", "", "the OpenAPI document (YAML or JSON)")
	out := fs.String("out", "", "the project directory to write; replaced as a whole")
	var opts python.Options
	fs.StringVar(&opts.ProjectName, "project-name", "", "distribution name (default: info.title in kebab-case + \"-client\")")
	fs.StringVar(&opts.PackageName, "package-name", "", "import name (default: the project name in snake_case)")
	fs.StringVar(&opts.Version, "package-version", "", "package version (default: info.version)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *spec == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: openapi-python-gen -spec FILE -out DIR [-project-name NAME] [-package-name NAME] [-package-version V]")
		return 2
	}
	files, diags, err := Generate(*spec, opts)
	for _, d := range diags {
		fmt.Fprintf(stderr, "%s: %s\n", *spec, d)
	}
	if err != nil {
		fmt.Fprintf(stderr, "openapi-python-gen: %v\n", err)
		return 1
	}
	if err := write.Dir(*out, files); err != nil {
		fmt.Fprintf(stderr, "openapi-python-gen: writing %s: %v\n", *out, err)
		return 1
	}
	return 0
}

var errDiagnostics = errors.New("the document has errors; nothing written")

// Generate reads the document at spec and returns the project's files.
func Generate(spec string, opts python.Options) (map[string][]byte, []load.Diagnostic, error) {
	doc, err := load.File(spec)
	if err != nil {
		return nil, nil, err
	}
	model, diags := ir.Build(doc)
	if load.HasErrors(diags) {
		return nil, diags, errDiagnostics
	}
	files, err := python.Generate(model, opts)
	return files, diags, err
}
