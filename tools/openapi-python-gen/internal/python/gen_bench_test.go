package python_test

import (
	"errors"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/python"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
)

// BenchmarkGenerate renders the Python package, in memory, for the contract
// and its synthetic scalings.
// Run: go test -run '^$' -bench . ./tools/openapi-python-gen/internal/python
func BenchmarkGenerate(b *testing.B) {
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
			opts := python.Options{ProjectName: "portarium-client", PackageName: "portarium_client"}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := python.Generate(model, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Operations), "ns/operation")
		})
	}
}
