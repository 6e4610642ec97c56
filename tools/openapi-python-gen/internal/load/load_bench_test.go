package load_test

import (
	"errors"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/synth"
)

// BenchmarkLoad reads and resolves the contract and its synthetic scalings.
// Run: go test -run '^$' -bench . ./tools/openapi-python-gen/internal/load
func BenchmarkLoad(b *testing.B) {
	cases, err := synth.Cases()
	if errors.Is(err, synth.ErrNoContract) {
		b.Skip(err)
	} else if err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		b.Run(c.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := load.Data(c.Data, c.File); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*c.Operations), "ns/operation")
		})
	}
}
