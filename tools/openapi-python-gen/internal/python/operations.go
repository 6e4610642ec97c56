package python

import (
	"fmt"
	"sort"
	"strings"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

type opGen struct {
	*gen
	op     *ir.Operation
	s      *scope
	params []opParam
	// success are the documented 2xx responses.
	success []*ir.Response
	result  string
	// needMultipart is set when the module needs its multipart helper.
	needMultipart bool
}

type opParam struct {
	p    *ir.Param
	t    *ir.Type
	name string
	ann  string
	// dflt is the default value expression, "" when the parameter is required.
	dflt string
}

// operationJobs names every operation's module (in document order, so that
// clashes resolve the same way each run) and returns the jobs that render them
// and the api packages' __init__ files.
func (g *gen) operationJobs() []func() *File {
	var jobs []func() *File
	tags := map[string]string{}
	tagNames := NewNamer("__init__")
	modules := map[string]*Namer{}
	var tagOrder []string
	for _, op := range g.doc.Operations {
		tag := op.Tag
		if tag == "" {
			tag = "default"
		}
		if _, ok := tags[tag]; !ok {
			tags[tag] = tagNames.Claim(moduleName(tag))
			modules[tag] = NewNamer("__init__")
			tagOrder = append(tagOrder, tag)
		}
		module := modules[tag].Claim(Param(op.ID))
		g.opModules[op] = tags[tag] + "." + module
		path := g.pkg + "/api/" + tags[tag] + "/" + module + ".py"
		jobs = append(jobs, func() *File { return g.operationFile(op, path) })
	}
	jobs = append(jobs, func() *File {
		api := NewFile(g.pkg + "/api/__init__.py")
		api.Doc("The API's operations, one module per operation in a package per tag.")
		return api
	})
	sort.Strings(tagOrder)
	for _, tag := range tagOrder {
		jobs = append(jobs, func() *File {
			f := NewFile(g.pkg + "/api/" + tags[tag] + "/__init__.py")
			f.Doc(fmt.Sprintf("Operations tagged %s.", String(tag)))
			return f
		})
	}
	return jobs
}

func (g *gen) operationFile(op *ir.Operation, path string) *File {
	f := NewFile(path)
	o := &opGen{gen: g, op: op, s: &scope{f: f, models: "...models."}}
	doc := op.Summary
	if op.Description != "" {
		doc = strings.TrimSpace(doc + "\n\n" + op.Description)
	}
	if op.Deprecated {
		doc = strings.TrimSpace("Deprecated. " + doc)
	}
	if doc == "" {
		f.Doc(op.Method + " " + op.Path)
	} else {
		f.Doc(doc + "\n\n" + op.Method + " " + op.Path)
	}
	o.collect()
	o.requestFunc()
	if o.streaming() != nil {
		o.streamFuncs()
		return f
	}
	o.parseFuncs()
	for _, async := range []bool{false, true} {
		o.detailedFunc(async)
		o.plainFunc(async)
	}
	if op.Pagination != nil && !op.Pagination.CursorParam.Required {
		o.paginationFuncs()
	}
	o.multipartHelper()
	return f
}

func (o *opGen) streaming() *ir.Response {
	for _, r := range o.op.Responses {
		if r.Success() && r.Kind == ir.EventStream {
			return r
		}
	}
	return nil
}

func (o *opGen) collect() {
	f := o.s.f
	names := NewNamer()
	for _, p := range o.op.Params {
		t := p.Type
		if p.In == "header" || p.In == "path" {
			c := *t
			c.Nullable = false
			t = &c
		}
		op := opParam{p: p, t: t, name: names.Claim(Param(p.Name)), ann: o.ann(o.s, t)}
		switch {
		case p.Required:
		case p.Default != nil && p.In != "header":
			op.dflt = o.defaultExpr(o.s, t, p.Default.V)
			if strings.Contains(op.dflt, "attrs.field") {
				op.ann += " | " + f.Import("...types", "Unset")
				op.dflt = f.Import("...types", "UNSET")
			}
		default:
			op.ann += " | " + f.Import("...types", "Unset")
			op.dflt = f.Import("...types", "UNSET")
		}
		o.params = append(o.params, op)
	}
	if b := o.op.Body; b != nil {
		ann := o.ann(o.s, b.Type)
		dflt := ""
		if !b.Required {
			ann += " | " + f.Import("...types", "Unset")
			dflt = f.Import("...types", "UNSET")
		}
		o.params = append(o.params, opParam{name: "body", ann: ann, dflt: dflt})
	}
	for _, r := range o.op.Responses {
		if r.Success() && r.Kind != ir.EventStream {
			o.success = append(o.success, r)
		}
	}
	var results []string
	for _, r := range o.success {
		a := "None"
		if r.Type != nil {
			a = o.ann(o.s, r.Type)
		}
		for _, part := range strings.Split(a, " | ") {
			if !contains(results, part) {
				results = append(results, part)
			}
		}
	}
	if len(results) == 0 {
		results = []string{"None"}
	}
	// None last, as people write it.
	sort.SliceStable(results, func(i, j int) bool { return results[j] == "None" && results[i] != "None" })
	o.result = strings.Join(results, " | ")
}

// signature writes a keyword-only parameter list.
func (o *opGen) signature(def, name string, withClient bool, result string) {
	f := o.s.f
	o.s.parsed = 0
	var params []string
	if withClient || len(o.params) > 0 {
		params = append(params, "*")
	}
	if withClient {
		params = append(params, "client: "+f.Import("...client", "AuthenticatedClient")+" | "+f.Import("...client", "Client"))
	}
	for _, p := range o.params {
		if p.dflt != "" {
			params = append(params, p.name+": "+p.ann+" = "+p.dflt)
		} else {
			params = append(params, p.name+": "+p.ann)
		}
	}
	f.Def(def, name, params, result)
}

// callArgs writes `name=name,` for every parameter, one a line.
func (o *opGen) callArgs(withClient bool, override map[string]string) {
	f := o.s.f
	if withClient {
		f.P("client=client,")
	}
	for _, p := range o.params {
		value := p.name
		if v, ok := override[p.name]; ok {
			value = v
		}
		f.P("%s=%s,", p.name, value)
	}
}

func (o *opGen) requestFunc() {
	f := o.s.f
	api := f.Import("..._http", "ApiRequest")
	o.signature("def", "_request", false, api)
	f.In()
	f.P("return %s(", api)
	f.In()
	f.P("method=%s,", String(o.op.Method))
	f.P("path=%s,", o.pathExpr())
	var query, headers []string
	for _, p := range o.params {
		if p.p == nil {
			continue
		}
		switch p.p.In {
		case "query":
			query = append(query, fmt.Sprintf("%s: %s,", String(p.p.Name), o.paramValue(p, false)))
		case "header":
			headers = append(headers, fmt.Sprintf("%s: %s,", String(p.p.Name), o.paramValue(p, true)))
		}
	}
	if b := o.op.Body; b != nil && b.Kind == ir.BinaryBody {
		headers = append(headers, fmt.Sprintf("%s: %s,", String("Content-Type"), String(b.MediaType)))
	}
	o.dictArg("params", query)
	o.dictArg("headers", headers)
	if b := o.op.Body; b != nil {
		o.bodyArg(b)
	}
	if o.op.IdempotencyHeader != "" {
		f.P("idempotency_header=%s,", String(o.op.IdempotencyHeader))
	}
	if o.op.WorkspaceParam != "" {
		for _, p := range o.params {
			if p.p != nil && p.p.In == "path" && p.p.Name == o.op.WorkspaceParam {
				if p.ann == "str" {
					f.P("workspace_id=%s,", p.name)
				} else {
					f.P("workspace_id=str(%s),", p.name)
				}
			}
		}
	}
	f.Out()
	f.P(")")
	f.Out()
	f.P("")
	f.P("")
}

func (o *opGen) dictArg(name string, entries []string) {
	if len(entries) == 0 {
		return
	}
	f := o.s.f
	f.P("%s={", name)
	f.In()
	for _, e := range entries {
		f.P("%s", e)
	}
	f.Out()
	f.P("},")
}

// paramValue converts a query or header argument to what ApiRequest takes.
func (o *opGen) paramValue(p opParam, header bool) string {
	t := p.t
	value := func(expr string) string {
		switch {
		case t.Kind == ir.KindModel && t.Model.Kind == ir.Object, t.Kind == ir.KindMap:
			return o.s.f.ImportModule("json") + ".dumps(" + o.encode(o.s, t, expr, 0) + ")"
		case header && t.Kind == ir.KindPrimitive && t.Primitive == ir.Boolean:
			return "str(" + expr + ").lower()"
		case header && (t.Kind == ir.KindList || t.Kind == ir.KindTuple):
			return `",".join(str(item) for item in ` + o.encode(o.s, t, expr, 0) + ")"
		case header && !(t.Kind == ir.KindPrimitive && t.Primitive == ir.String && t.Format == "") &&
			!(t.Kind == ir.KindConst && isString(t.Const)):
			return "str(" + o.encode(o.s, t, expr, 0) + ")"
		case t.Kind == ir.KindPrimitive && t.Primitive == ir.Any:
			return expr
		case t.Kind == ir.KindList && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.Null:
			// A list that can only hold nulls: each is sent as the text "null".
			return `["null" for _ in ` + expr + "]"
		}
		return o.encode(o.s, t, expr, 0)
	}
	v := value(p.name)
	if v == p.name || p.dflt == "" || !strings.Contains(p.ann, "Unset") {
		return v
	}
	unset := o.s.f.Import("...types", "Unset")
	return fmt.Sprintf("%s if isinstance(%s, %s) else %s", p.name, p.name, unset, v)
}

func isString(v any) bool {
	_, ok := v.(string)
	return ok
}

func (o *opGen) pathExpr() string {
	path := o.op.Path
	byName := map[string]string{}
	for _, p := range o.params {
		if p.p != nil && p.p.In == "path" {
			byName[p.p.Name] = p.name
		}
	}
	if len(byName) == 0 {
		return String(path)
	}
	seg := o.s.f.Import("..._http", "path_segment")
	var b strings.Builder
	rest := path
	for {
		i := strings.Index(rest, "{")
		j := strings.Index(rest, "}")
		if i < 0 || j < i {
			b.WriteString(fstringText(rest))
			break
		}
		b.WriteString(fstringText(rest[:i]))
		fmt.Fprintf(&b, "{%s(%s)}", seg, byName[rest[i+1:j]])
		rest = rest[j+1:]
	}
	return `f"` + b.String() + `"`
}

// fstringText escapes literal text for a double-quoted f-string.
func fstringText(s string) string {
	q := String(s)
	q = q[1 : len(q)-1]
	if strings.HasPrefix(String(s), "'") {
		q = strings.ReplaceAll(strings.ReplaceAll(q, `\'`, `'`), `"`, `\"`)
	}
	return fstringBraces.Replace(q)
}

// fstringBraces doubles the braces of literal text in an f-string.
var fstringBraces = strings.NewReplacer("{", "{{", "}", "}}")

func (o *opGen) bodyArg(b *ir.Body) {
	f := o.s.f
	var value string
	switch b.Kind {
	case ir.JSONBody:
		switch {
		case b.Type.Kind == ir.KindList && encodeIdentity(b.Type):
			value = "[item for item in body]"
		case b.Type.Kind == ir.KindMap && encodeIdentity(b.Type):
			value = "{key: item for key, item in body.items()}"
		default:
			value = o.encode(o.s, b.Type, "body", 0)
		}
		value = "json=" + value
	case ir.FormBody:
		value = "data=body.to_dict()"
	case ir.MultipartBody:
		value = "files=_multipart(body)"
		o.needMultipart = true
	case ir.BinaryBody:
		value = "content=body.payload.read()"
	}
	if !b.Required {
		name, arg, _ := strings.Cut(value, "=")
		empty := "None"
		if name == "json" {
			empty = f.Import("...types", "UNSET")
		}
		value = fmt.Sprintf("%s=%s if isinstance(body, %s) else %s", name, empty, f.Import("...types", "Unset"), arg)
	}
	f.P("%s,", value)
}
