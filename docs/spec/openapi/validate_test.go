// Package openapi holds the Portarium control-plane contract; this test validates it with kin-openapi.
// (sdks/python/e2e/test_contract.py checks it with openapi-spec-validator and the contract's own rules.)
package openapi

import (
	"context"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

func TestContractValidatesWithKinOpenAPI(t *testing.T) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile("portarium-control-plane.v1.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// Full validation, examples against their schemas included.
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("portarium-control-plane.v1.yaml: %v", err)
	}
	if got := doc.Info.Version; got != "1.0.0" {
		t.Errorf("info.version = %q, want 1.0.0", got)
	}
	operations := 0
	for _, item := range doc.Paths.Map() {
		operations += len(item.Operations())
	}
	if operations < 60 || len(doc.Tags) < 14 {
		t.Errorf("%d operations over %d tags; the v1 contract has at least 60 over 14", operations, len(doc.Tags))
	}
}
