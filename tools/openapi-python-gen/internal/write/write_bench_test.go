package write_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/write"
)

// BenchmarkDir writes the generated package for the contract and its
// synthetic scalings, replacing the previous output each time as -out does.
// Run: go test -run '^$' -bench . ./tools/openapi-python-gen/internal/write
func BenchmarkDir(b *testing.B) {
	cases, err := synth.Cases()
	if errors.Is(err, synth.ErrNoContract) {
		b.Skip(err)
	} else if err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		b.Run(c.Name, func(b *testing.B) {
			doc, err := load.Data(c.Data, c.File)
			if err != nil {
				b.Fatal(err)
			}
			model, diags := ir.Build(doc)
			if model == nil {
				b.Fatal(diags)
			}
			files, err := python.Generate(model, python.Options{PackageName: "portarium_client"})
			if err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(b.TempDir(), "out")
			b.ReportAllocs()
			for b.Loop() {
				if err := write.Dir(out, files); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Operations), "ns/operation")
		})
	}
}
