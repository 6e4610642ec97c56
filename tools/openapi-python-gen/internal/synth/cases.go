package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// ContractPath is the Portarium contract, relative to the repository root.
const ContractPath = "docs/spec/openapi/portarium-control-plane.v1.yaml"

// Scales are the sizes the benchmarks measure, in copies of the contract.
var Scales = []int{1, 10, 100}

// Case is one benchmark document.
type Case struct {
	// Name is "contract" or the scale ("10x").
	Name string
	// File names the document in diagnostics; it is not read.
	File string
	Data []byte
	// Operations counts the document's operations, for cost per operation.
	Operations int
}

// ErrNoContract means the contract was not found above the working directory.
var ErrNoContract = errors.New("the contract " + ContractPath + " is not above the working directory")

// Cases returns the contract as it is and its synthetic scalings, made once per
// process. Go runs a package's benchmarks in its own folder, inside the repository.
var Cases = sync.OnceValues(func() ([]Case, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	for {
		path := filepath.Join(dir, ContractPath)
		if data, err := os.ReadFile(path); err == nil {
			return cases(data)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, ErrNoContract
		}
		dir = parent
	}
})

func cases(contract []byte) ([]Case, error) {
	tree, err := asJSONTree(contract)
	if err != nil {
		return nil, err
	}
	out := []Case{{Name: "contract", File: filepath.Base(ContractPath), Data: contract, Operations: countOperations(tree)}}
	for _, n := range Scales {
		data, err := Scale(contract, n)
		if err != nil {
			return nil, err
		}
		var tree map[string]any
		if err := json.Unmarshal(data, &tree); err != nil {
			return nil, err
		}
		name := fmt.Sprintf("%dx", n)
		out = append(out, Case{Name: name, File: "synthetic-" + name + ".json", Data: data, Operations: countOperations(tree)})
	}
	return out, nil
}

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func countOperations(doc map[string]any) int {
	paths, _ := doc["paths"].(map[string]any)
	n := 0
	for _, item := range paths {
		item, _ := item.(map[string]any)
		for _, m := range methods {
			if _, ok := item[m]; ok {
				n++
			}
		}
	}
	return n
}
