// Package synth makes large OpenAPI documents for benchmarks by repeating a
// real one: Scale(doc, n) holds n renamed copies of every path, operation and
// component of doc, so a benchmark can read how cost grows with size while the
// shapes stay those of a real document. The output is deterministic JSON.
package synth

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// componentKinds are the sections of components whose entries are copied and
// renamed; security schemes are shared by every copy.
var componentKinds = []string{
	"schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks", "pathItems",
}

var copied = func() map[string]bool {
	m := map[string]bool{}
	for _, kind := range componentKinds {
		m[kind] = true
	}
	return m
}()

// Scale returns a document (JSON) with n copies of base's paths and components.
// base is YAML or JSON. Copy 1 keeps the original names; copy k > 1 prefixes
// every path with /copyK and suffixes every component name and operationId
// with CopyK, rewriting the references to them.
func Scale(base []byte, n int) ([]byte, error) {
	if n < 1 {
		return nil, fmt.Errorf("scale %d: want at least 1", n)
	}
	doc, err := asJSONTree(base)
	if err != nil {
		return nil, err
	}
	paths, _ := doc["paths"].(map[string]any)
	components, _ := doc["components"].(map[string]any)
	outPaths := map[string]any{}
	outComponents := map[string]any{}
	for name, v := range components {
		outComponents[name] = v
		if copied[name] {
			outComponents[name] = map[string]any{}
		}
	}
	for k := 1; k <= n; k++ {
		c := renamer(k)
		for p, item := range paths {
			outPaths[c.path(p)] = c.rewrite(item)
		}
		for _, kind := range componentKinds {
			section, _ := components[kind].(map[string]any)
			out, _ := outComponents[kind].(map[string]any)
			for name, v := range section {
				out[c.name(name)] = c.rewrite(v)
			}
		}
	}
	doc["paths"] = outPaths
	if components != nil {
		doc["components"] = outComponents
	}
	return json.MarshalIndent(doc, "", " ")
}

// asJSONTree parses a YAML or JSON document into plain maps and slices. The
// document goes through kin-openapi, which reads YAML; references come out as
// they were written ({"$ref": ...}), not inlined.
func asJSONTree(data []byte) (map[string]any, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("reading the base document: %w", err)
	}
	js, err := doc.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var tree map[string]any
	if err := json.Unmarshal(js, &tree); err != nil {
		return nil, err
	}
	return tree, nil
}

// renamer rewrites one copy.
type renamer int

func (k renamer) suffix() string {
	if k == 1 {
		return ""
	}
	return fmt.Sprintf("Copy%d", int(k))
}

func (k renamer) name(n string) string { return n + k.suffix() }

func (k renamer) path(p string) string {
	if k == 1 {
		return p
	}
	return fmt.Sprintf("/copy%d%s", int(k), p)
}

// rewrite returns a deep copy of v with local component references and
// operationIds renamed for this copy.
func (k renamer) rewrite(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for key, child := range v {
			if key == "operationId" {
				if id, ok := child.(string); ok {
					out[key] = k.name(id)
					continue
				}
			}
			out[key] = k.rewrite(child)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, child := range v {
			out[i] = k.rewrite(child)
		}
		return out
	case string:
		return k.ref(v)
	default:
		return v
	}
}

// ref renames a local reference to a copied component ("#/components/schemas/Pet");
// discriminator mappings hold such strings too. Other strings are kept.
func (k renamer) ref(s string) string {
	rest, ok := strings.CutPrefix(s, "#/components/")
	if !ok || k == 1 {
		return s
	}
	kind, name, ok := strings.Cut(rest, "/")
	if !ok || !copied[kind] {
		return s
	}
	name, tail, nested := strings.Cut(name, "/")
	if nested {
		tail = "/" + tail
	}
	return "#/components/" + kind + "/" + name + k.suffix() + tail
}
