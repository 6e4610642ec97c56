package ir_test

import (
	"errors"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
)

// BenchmarkBuild makes the model of the loaded contract and its synthetic scalings.
// Run: go test -run '^$' -bench . ./tools/openapi-python-gen/internal/ir
func BenchmarkBuild(b *testing.B) {
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
			b.ReportAllocs()
			for b.Loop() {
				if model, diags := ir.Build(doc); model == nil {
					b.Fatal(diags)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Operations), "ns/operation")
		})
	}
}
