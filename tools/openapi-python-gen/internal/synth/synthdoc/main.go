// Command synthdoc writes a benchmark document: n renamed copies of an
// OpenAPI document's paths and components (see package synth).
//
//	synthdoc -spec FILE -scale N -out FILE.json
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
)

func main() {
	spec := flag.String("spec", "", "the base OpenAPI document (YAML or JSON)")
	scale := flag.Int("scale", 1, "how many copies of its operations and components")
	out := flag.String("out", "", "the JSON document to write")
	flag.Parse()
	if *spec == "" || *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synthdoc -spec FILE -scale N -out FILE.json")
		os.Exit(2)
	}
	if err := run(*spec, *scale, *out); err != nil {
		fmt.Fprintf(os.Stderr, "synthdoc: %v\n", err)
		os.Exit(1)
	}
}

func run(spec string, scale int, out string) error {
	base, err := os.ReadFile(spec)
	if err != nil {
		return err
	}
	doc, err := synth.Scale(base, scale)
	if err != nil {
		return fmt.Errorf("%s: %w", spec, err)
	}
	return os.WriteFile(out, doc, 0o644)
}
