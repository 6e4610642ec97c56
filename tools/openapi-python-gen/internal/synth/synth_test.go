package synth

import (
	"encoding/json"
	"strings"
	"testing"
)

const base = `
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {$ref: '#/components/parameters/Id'}
      responses:
        '200':
          description: a pet
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  schemas:
    Pet:
      oneOf: [{$ref: '#/components/schemas/Cat'}]
      discriminator:
        propertyName: kind
        mapping: {cat: '#/components/schemas/Cat'}
    Cat:
      type: object
      properties:
        kind: {type: string}
        owner: {$ref: '#/components/schemas/Cat/properties/kind'}
`

func TestScaleCopiesAndRenames(t *testing.T) {
	out, err := Scale([]byte(base), 3)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if n := countOperations(doc); n != 3 {
		t.Errorf("operations: got %d, want 3", n)
	}
	text := string(out)
	for _, want := range []string{
		`"/copy3/pets/{id}"`,
		`"operationId": "getPetCopy3"`,
		`"$ref": "#/components/parameters/IdCopy2"`,
		`"cat": "#/components/schemas/CatCopy3"`,
		`"$ref": "#/components/schemas/CatCopy2/properties/kind"`,
		`"PetCopy2"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	// Copy 1 keeps the document as it was.
	for _, want := range []string{`"/pets/{id}"`, `"operationId": "getPet"`, `"cat": "#/components/schemas/Cat"`} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	again, err := Scale([]byte(base), 3)
	if err != nil || string(again) != text {
		t.Errorf("Scale is not deterministic")
	}
}

func TestScaleRejectsZero(t *testing.T) {
	if _, err := Scale([]byte(base), 0); err == nil {
		t.Error("Scale(doc, 0) succeeded")
	}
}
