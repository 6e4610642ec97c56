package ir

import (
	"fmt"
	"mime"
	"regexp"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
)

// Build makes the model of a loaded document; the result is nil only when an
// error diagnostic is returned. What real documents get wrong is read this way
// (a $ref that cannot be resolved at all is already an error of load.File):
//
//   - a problem confined to one operation (a status that is not a code, range
//     or default; a path parameter that is optional or missing; a reference
//     left unresolved, e.g. a circular request body) is a warning naming the
//     operation, which is left out;
//   - a default that does not fit its type is a warning and is dropped, except
//     a number or boolean given for a string, which is read as its text;
//   - an array without items has items of any type, enum values of mixed types
//     are any value, cookie parameters are left out: warnings, not errors;
//   - 3.0 documents may use 3.1 keywords (const, type lists); nothing checks
//     what this reading does not use.
func Build(doc *openapi3.T) (*Document, []load.Diagnostic) {
	var diags []load.Diagnostic
	s := newSchemas(doc, &diags)
	out := &Document{Version: "0.1.0"}
	if doc.Info != nil {
		out.Title, out.Description = doc.Info.Title, doc.Info.Description
		if doc.Info.Version != "" {
			out.Version = doc.Info.Version
		}
	}
	if len(doc.Servers) > 0 && doc.Servers[0] != nil {
		out.ServerURL = doc.Servers[0].URL
	}
	if doc.Components != nil {
		for _, name := range sortedKeys(doc.Components.Schemas) {
			s.typeOf(doc.Components.Schemas[name], name, "#/components/schemas/"+escapePointer(name))
		}
	}
	for _, path := range sortedKeys(doc.Paths.Map()) {
		item := doc.Paths.Value(path)
		if item == nil {
			continue
		}
		for _, method := range sortedKeys(item.Operations()) {
			if op := buildOperation(s, path, method, item, item.Operations()[method]); op != nil {
				out.Operations = append(out.Operations, op)
			}
		}
	}
	sort.SliceStable(out.Operations, func(i, j int) bool {
		a, b := out.Operations[i], out.Operations[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Method < b.Method
	})
	out.Models = s.allModels()
	if load.HasErrors(diags) {
		return nil, diags
	}
	return out, diags
}

var pathParamPattern = regexp.MustCompile(`\{([^{}]*)\}`)

// opError marks a problem that leaves one operation out.
type opError struct{ msg string }

func buildOperation(s *schemas, path, method string, item *openapi3.PathItem, o *openapi3.Operation) *Operation {
	where := method + " " + path
	op := &Operation{
		ID: o.OperationID, Method: method, Path: path, Summary: o.Summary,
		Description: o.Description, Deprecated: o.Deprecated,
	}
	if op.ID == "" {
		op.ID = strings.ToLower(method) + " " + pathParamPattern.ReplaceAllString(path, "by $1")
	}
	if len(o.Tags) > 0 {
		op.Tag = o.Tags[0]
	}
	err := func() (err *opError) {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(*opError); ok {
					err = e
					return
				}
				panic(r)
			}
		}()
		op.Params = params(s, op, item.Parameters, o.Parameters, where)
		op.Body = body(s, op, o.RequestBody, where)
		op.Responses = responses(s, op, o.Responses, where)
		return nil
	}()
	if err != nil {
		s.warn(where, "%s; operation left out", err.msg)
		return nil
	}
	detectPagination(op)
	return op
}

func fail(format string, args ...any) { panic(&opError{fmt.Sprintf(format, args...)}) }

var locationOrder = map[string]int{"path": 0, "query": 1, "header": 2, "cookie": 3}

func params(s *schemas, op *Operation, shared, own openapi3.Parameters, where string) []*Param {
	byKey := map[string]*openapi3.Parameter{}
	var keys []string
	for _, list := range []openapi3.Parameters{shared, own} {
		for i, ref := range list {
			if ref == nil || ref.Value == nil {
				fail("parameter %d: unresolved reference %q", i, refOf(ref))
			}
			p := ref.Value
			key := p.In + " " + p.Name
			if _, ok := byKey[key]; !ok {
				keys = append(keys, key)
			}
			byKey[key] = p
		}
	}
	var out []*Param
	inPath := map[string]bool{}
	for _, key := range keys {
		p := byKey[key]
		if _, ok := locationOrder[p.In]; !ok {
			fail("parameter %q: unknown location %q", p.Name, p.In)
		}
		if p.In == "cookie" {
			s.warn(where, "cookie parameter %q left out: callers set cookies on the client", p.Name)
			continue
		}
		if p.In == "path" {
			if !p.Required {
				fail("path parameter %q must be required", p.Name)
			}
			inPath[p.Name] = true
		}
		var t *Type
		pointer := where + " parameter " + p.Name
		switch {
		case p.Schema != nil:
			t = s.typeOf(p.Schema, op.ID+" "+p.Name, pointer)
		case len(p.Content) > 0:
			t = &Type{Kind: KindPrimitive, Primitive: Any}
			if mt := p.Content[sortedKeys(p.Content)[0]]; mt != nil {
				t = s.typeOf(mt.Schema, op.ID+" "+p.Name, pointer)
			}
		default:
			t = &Type{Kind: KindPrimitive, Primitive: String}
		}
		param := &Param{Name: p.Name, In: p.In, Required: p.Required, Type: t, Description: p.Description, Deprecated: p.Deprecated}
		if p.Schema != nil && p.Schema.Value != nil {
			param.Default = s.checkDefault(t, p.Schema.Value.Default, pointer)
		}
		out = append(out, param)
		if p.In == "header" && strings.EqualFold(p.Name, "Idempotency-Key") {
			op.IdempotencyHeader = p.Name
		}
		if p.In == "path" && p.Name == "workspaceId" {
			op.WorkspaceParam = p.Name
		}
	}
	for _, m := range pathParamPattern.FindAllStringSubmatch(op.Path, -1) {
		if !inPath[m[1]] {
			fail("path template names {%s} but no path parameter declares it", m[1])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return locationOrder[out[i].In] < locationOrder[out[j].In] })
	return out
}

func refOf(ref interface{ RefString() string }) string {
	if ref == nil {
		return ""
	}
	return ref.RefString()
}

func mediaType(name string) string {
	mt, _, err := mime.ParseMediaType(name)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(name))
	}
	return mt
}

func isJSON(mt string) bool {
	mt = mediaType(mt)
	return mt == "application/json" || strings.HasSuffix(mt, "+json")
}

func body(s *schemas, op *Operation, ref *openapi3.RequestBodyRef, where string) *Body {
	if ref == nil {
		return nil
	}
	if ref.Value == nil {
		fail("request body: unresolved or circular reference %q", ref.Ref)
	}
	rb := ref.Value
	pick := func(match func(string) bool) (string, *openapi3.MediaType) {
		for _, name := range sortedKeys(rb.Content) {
			if match(name) {
				return name, rb.Content[name]
			}
		}
		return "", nil
	}
	kinds := []struct {
		kind  BodyKind
		match func(string) bool
	}{
		{JSONBody, isJSON},
		{MultipartBody, func(n string) bool { return mediaType(n) == "multipart/form-data" }},
		{FormBody, func(n string) bool { return mediaType(n) == "application/x-www-form-urlencoded" }},
		{BinaryBody, func(string) bool { return true }},
	}
	for _, k := range kinds {
		name, mt := pick(k.match)
		if mt == nil {
			continue
		}
		b := &Body{Kind: k.kind, MediaType: mediaType(name), Required: rb.Required}
		if k.kind == BinaryBody {
			b.Type = &Type{Kind: KindPrimitive, Primitive: String, Format: "binary"}
		} else {
			b.Type = s.typeOf(mt.Schema, op.ID+" body", where+" requestBody")
		}
		if (k.kind == FormBody || k.kind == MultipartBody) && (b.Type.Kind != KindModel || b.Type.Model.Kind != Object) {
			s.warn(where, "%s request body is not an object and cannot be sent as fields; body left out", b.MediaType)
			return nil
		}
		return b
	}
	return nil
}

var statusPattern = regexp.MustCompile(`^([1-5][0-9][0-9]|[1-5]XX|default)$`)

func responses(s *schemas, op *Operation, rs *openapi3.Responses, where string) []*Response {
	if rs == nil {
		return nil
	}
	var out []*Response
	for _, status := range sortedKeys(rs.Map()) {
		ref := rs.Value(status)
		st := strings.ToUpper(status)
		if st == "DEFAULT" {
			st = "default"
		}
		if !statusPattern.MatchString(st) {
			fail("response status %q is not a status code, a range like 2XX, or default", status)
		}
		if ref == nil || ref.Value == nil {
			fail("response %s: unresolved reference %q", status, refOf(ref))
		}
		r := &Response{Status: st, Kind: NoContent}
		if ref.Value.Description != nil {
			r.Description = *ref.Value.Description
		}
		content := ref.Value.Content
		names := sortedKeys(content)
		name := ""
		for _, n := range names {
			if isJSON(n) {
				name = n
				break
			}
		}
		if name == "" {
			for _, n := range names {
				if mediaType(n) == "text/event-stream" {
					name = n
					break
				}
			}
		}
		if name == "" && len(names) > 0 {
			name = names[0]
		}
		if name != "" {
			r.MediaType = mediaType(name)
			var sref *openapi3.SchemaRef
			if mt := content[name]; mt != nil {
				sref = mt.Schema
			}
			tname := op.ID + " response " + st
			switch {
			case isJSON(name):
				r.Kind = JSONContent
				r.Type = s.typeOf(sref, tname, where+" response "+st)
			case r.MediaType == "text/event-stream":
				r.Kind = EventStream
				r.Type = eventType(s, sref, op.ID+" event", where+" response "+st)
			case strings.HasPrefix(r.MediaType, "text/"):
				r.Kind = TextContent
				r.Type = &Type{Kind: KindPrimitive, Primitive: String}
			default:
				r.Kind = BinaryContent
				r.Type = &Type{Kind: KindPrimitive, Primitive: String, Format: "binary"}
			}
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return statusRank(out[i].Status) < statusRank(out[j].Status) })
	return out
}

// eventType is the type of one event's data. A stream schema that is an array
// (some documents describe the stream as a list of events) gives its items.
func eventType(s *schemas, ref *openapi3.SchemaRef, name, pointer string) *Type {
	if ref == nil || ref.Value == nil {
		return &Type{Kind: KindPrimitive, Primitive: String}
	}
	t := s.typeOf(ref, name, pointer)
	if t.Kind == KindList {
		return t.Elem
	}
	return t
}

func statusRank(status string) string {
	if status == "default" {
		return "9"
	}
	return strings.ReplaceAll(status, "X", "x")
}

// detectPagination recognises cursor-paginated list operations: query
// parameters limit and cursor, and a success body with items and nextCursor.
func detectPagination(op *Operation) {
	var limit, cursor *Param
	for _, p := range op.Params {
		if p.In == "query" && p.Name == "limit" {
			limit = p
		}
		if p.In == "query" && p.Name == "cursor" {
			cursor = p
		}
	}
	if limit == nil || cursor == nil {
		return
	}
	var page *Model
	for _, r := range op.Responses {
		if r.Success() && r.Kind == JSONContent && r.Type.Kind == KindModel && r.Type.Model.Kind == Object {
			page = r.Type.Model
			break
		}
	}
	if page == nil {
		return
	}
	pg := &Pagination{LimitParam: limit, CursorParam: cursor, Page: page}
	for _, p := range page.Properties {
		switch p.Name {
		case "items":
			if p.Type.Kind == KindList && p.Required {
				pg.Items = p
			}
		case "nextCursor":
			if p.Type.Kind == KindPrimitive && p.Type.Primitive == String {
				pg.NextCursor = p
			}
		}
	}
	if pg.Items != nil && pg.NextCursor != nil {
		op.Pagination = pg
	}
}
