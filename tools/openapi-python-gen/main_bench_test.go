package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/write"
)

// BenchmarkPipeline runs what the command does, from the document file to the
// written package, on the contract and its synthetic scalings.
// Run: go test -run '^$' -bench . ./tools/openapi-python-gen
func BenchmarkPipeline(b *testing.B) {
	cases, err := synth.Cases()
	if errors.Is(err, synth.ErrNoContract) {
		b.Skip(err)
	} else if err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		b.Run(c.Name, func(b *testing.B) {
			dir := b.TempDir()
			spec := filepath.Join(dir, c.File)
			if err := os.WriteFile(spec, c.Data, 0o644); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			b.ReportAllocs()
			for b.Loop() {
				files, diags, err := Generate(spec, python.Options{PackageName: "portarium_client"})
				if err != nil {
					b.Fatal(err, diags)
				}
				if err := write.Dir(out, files); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Operations), "ns/operation")
		})
	}
}
