package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestJSONStyleYAMLWithCommentsAndTrailingCommas(t *testing.T) {
	dir := writeFiles(t, map[string]string{"api.yaml": `{
  # a comment
  "openapi": "3.1.0",
  "info": {"title": "t", "version": "1",},
  "paths": {},
  "components": {"schemas": {"A": {"type": ["string", "null"],},},},
}`})
	doc, err := File(filepath.Join(dir, "api.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Components.Schemas["A"].Value.Type.IncludesNull() {
		t.Error("type list not read")
	}
}

func TestSiblingFileRefs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"api.yaml": `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet: {$ref: 'schemas/pet.yaml#/Pet'}
`,
		"schemas/pet.yaml": "Pet: {type: object, properties: {name: {type: string}}}\n",
	})
	doc, err := File(filepath.Join(dir, "api.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Components.Schemas["Pet"].Value.Properties["name"] == nil {
		t.Error("sibling file schema not resolved")
	}
}

func TestRefsOutsideTheFolderAndURLsAreRefused(t *testing.T) {
	for _, ref := range []string{"../secret.yaml#/X", "http://169.254.169.254/x.yaml#/X", "/etc/passwd#/X"} {
		dir := writeFiles(t, map[string]string{"api/api.yaml": `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components: {schemas: {X: {$ref: '` + ref + `'}}}
`, "secret.yaml": "X: {type: string}\n"})
		if _, err := File(filepath.Join(dir, "api", "api.yaml")); err == nil {
			t.Errorf("%s: want an error", ref)
		}
	}
}

func TestErrorsNameTheFileAndPlace(t *testing.T) {
	tests := map[string]struct{ doc, want string }{
		"syntax":  {"openapi: 3.0.3\ninfo: [\n", "api.yaml"},
		"version": {"openapi: 2.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "#/openapi"},
		"missing": {"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'}}}\n", "#/components/schemas/B"},
	}
	for name, tt := range tests {
		dir := writeFiles(t, map[string]string{"api.yaml": tt.doc})
		_, err := File(filepath.Join(dir, "api.yaml"))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want it to name %q", name, err, tt.want)
		}
	}
}
