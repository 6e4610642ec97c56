package ir

import (
	"strings"
	"testing"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
)

func build(t *testing.T, doc string) (*Document, []load.Diagnostic) {
	t.Helper()
	d, err := load.Data([]byte(doc), "api.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return Build(d)
}

func model(t *testing.T, d *Document, name string) *Model {
	t.Helper()
	for _, m := range d.Models {
		if m.Name == name {
			return m
		}
	}
	t.Fatalf("no model %q", name)
	return nil
}

func prop(m *Model, name string) *Property {
	for _, p := range m.Properties {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func TestNullableSpellingsAndInlineNames(t *testing.T) {
	d, diags := build(t, `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    RunV1:
      type: object
      properties:
        a: {type: string, nullable: true}
        b: {type: [string, 'null']}
        c: {oneOf: [{type: 'null'}, {type: integer}]}
        d: {type: string}
        charter: {type: object, properties: {x: {type: string}}}
`)
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	m := model(t, d, "RunV1")
	for _, name := range []string{"a", "b", "c"} {
		if !prop(m, name).Type.Nullable {
			t.Errorf("%s: not nullable", name)
		}
	}
	if prop(m, "d").Type.Nullable {
		t.Error("d: nullable")
	}
	if c := prop(m, "charter").Type; c.Kind != KindModel || c.Model.Name != "RunV1 charter" {
		t.Errorf("inline object named %q", c.Model.Name)
	}
}

func TestOperationDetection(t *testing.T) {
	d, _ := build(t, `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /w/{workspaceId}/runs:
    get:
      operationId: listRuns
      parameters:
        - {name: workspaceId, in: path, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [items]
                properties:
                  items: {type: array, items: {type: string}}
                  nextCursor: {type: string}
    post:
      parameters:
        - {name: workspaceId, in: path, required: true, schema: {type: string}}
        - {name: Idempotency-Key, in: header, schema: {type: string}}
      responses:
        '2XX': {description: ok, content: {text/event-stream: {schema: {type: string}}}}
`)
	if len(d.Operations) != 2 {
		t.Fatalf("%d operations", len(d.Operations))
	}
	list, post := d.Operations[0], d.Operations[1]
	if list.Pagination == nil || list.WorkspaceParam != "workspaceId" {
		t.Errorf("list: pagination %v, workspace %q", list.Pagination, list.WorkspaceParam)
	}
	if post.IdempotencyHeader != "Idempotency-Key" || post.ID != "post /w/by workspaceId/runs" {
		t.Errorf("post: idempotency %q, id %q", post.IdempotencyHeader, post.ID)
	}
	if r := post.Responses[0]; r.Status != "2XX" || r.Kind != EventStream {
		t.Errorf("post response %+v", r)
	}
}

func TestProblemsLocalToAnOperationSkipIt(t *testing.T) {
	d, diags := build(t, `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters: [{name: id, in: path, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /b:
    get:
      responses: {'20x': {description: ok}}
  /c:
    get:
      parameters: [{name: n, in: query, schema: {type: string, format: uuid, default: nope}}]
      responses: {'200': {description: ok}}
`)
	if len(d.Operations) != 1 || d.Operations[0].Path != "/c" {
		t.Errorf("operations kept: %v", d.Operations)
	}
	want := []string{"GET /a/{id}", "GET /b", "GET /c parameter n/default"}
	if len(diags) != len(want) {
		t.Fatalf("diagnostics: %v", diags)
	}
	for i, w := range want {
		if diags[i].Severity != load.Warning || !strings.HasPrefix(diags[i].Location, w) {
			t.Errorf("diagnostic %d = %v, want a warning at %s", i, diags[i], w)
		}
	}
}

func TestArrayWithoutItemsIsAWarning(t *testing.T) {
	d, diags := build(t, `openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components: {schemas: {A: {type: object, properties: {xs: {type: array}}}}}
`)
	if len(diags) != 1 || diags[0].Location != "#/components/schemas/A/properties/xs" {
		t.Errorf("diagnostics: %v", diags)
	}
	if e := prop(model(t, d, "A"), "xs").Type.Elem; e.Primitive != Any {
		t.Errorf("items read as %+v", e)
	}
}
