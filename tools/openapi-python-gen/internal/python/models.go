package python

import (
	"fmt"
	"strings"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

// modelNames are the Python names of one model.
type modelNames struct {
	class, module string
	// parse, serialize and unknown are set for unions.
	parse, serialize, unknown string
	// attrs are the attribute names of an object's properties.
	attrs map[*ir.Property]string
	// members are the enum member names, by value.
	members []string
}

func (g *gen) modelFile(m *ir.Model) *File {
	n := g.names[m]
	f := NewFile(g.pkg + "/models/" + n.module + ".py")
	f.Import("__future__", "annotations")
	s := &scope{f: f, models: ".", owner: m}
	switch m.Kind {
	case ir.Object:
		g.objectModel(s, m)
	case ir.Enum:
		g.enumModel(s, m)
	case ir.Union:
		g.unionModel(s, m)
	}
	return f
}

func modelDoc(m *ir.Model, fallback string) string {
	doc := m.Description
	if doc == "" {
		doc = fallback
	}
	if m.Deprecated {
		doc = "Deprecated. " + doc
	}
	return doc
}

// writeDoc writes a docstring at the current indentation.
func writeDoc(f *File, text string) {
	f.lines = append(f.lines, docstringLines(f.indent, text)...)
}

func (g *gen) objectModel(s *scope, m *ir.Model) {
	f, n := s.f, g.names[m]
	attrsMod := f.ImportModule("attrs")
	f.P("@%s.define", attrsMod)
	f.P("class %s:", n.class)
	f.In()
	doc := modelDoc(m, n.class+" object.")
	var attrDocs []string
	for _, p := range m.Properties {
		d := strings.TrimSpace(p.Description)
		if p.Deprecated {
			d = strings.TrimSpace("Deprecated. " + d)
		}
		if p.ReadOnly {
			d = strings.TrimSpace(d + " Read-only: not sent.")
		}
		if p.WriteOnly {
			d = strings.TrimSpace(d + " Write-only: not expected back.")
		}
		if d != "" {
			attrDocs = append(attrDocs, n.attrs[p]+": "+strings.ReplaceAll(d, "\n", "\n        "))
		}
	}
	if len(attrDocs) > 0 {
		doc += "\n\nAttributes:\n    " + strings.Join(attrDocs, "\n    ")
	}
	writeDoc(f, doc)
	f.P("")
	props := orderedProps(m)
	for _, p := range props {
		ann := g.ann(s, p.Type)
		switch {
		case unsettable(p):
			f.P("%s: %s | %s = %s", n.attrs[p], ann, f.Import("..types", "Unset"), f.Import("..types", "UNSET"))
		case p.Default != nil:
			f.P("%s: %s = %s", n.attrs[p], ann, g.defaultExpr(s, p.Type, p.Default.V))
		default:
			f.P("%s: %s", n.attrs[p], ann)
		}
	}
	if m.Extra != nil {
		f.P("additional_properties: dict[str, %s] = %s.field(init=False, factory=dict)", g.ann(s, m.Extra), attrsMod)
	}
	if len(props) > 0 || m.Extra != nil {
		f.P("")
	}
	g.toDict(s, m, props)
	f.P("")
	g.fromDict(s, m, props)
	f.Out()
	for _, p := range props {
		if needsHelper(p) {
			f.P("")
			f.P("")
			g.parseHelper(s, m, p)
		}
	}
}

// orderedProps puts properties without defaults first, as attrs requires.
func orderedProps(m *ir.Model) []*ir.Property {
	var first, rest []*ir.Property
	for _, p := range m.Properties {
		if unsettable(p) || p.Default != nil {
			rest = append(rest, p)
		} else {
			first = append(first, p)
		}
	}
	return append(first, rest...)
}

// unsettable properties may be absent: optional ones without a default,
// read-only ones (never sent) and write-only ones (never received).
func unsettable(p *ir.Property) bool {
	return (!p.Required || p.ReadOnly || p.WriteOnly) && p.Default == nil
}

func needsHelper(p *ir.Property) bool {
	if p.Type.Kind == ir.KindConst {
		return true
	}
	if identity(p.Type) {
		return false
	}
	return unsettable(p) || p.Type.Nullable
}

func (g *gen) defaultExpr(s *scope, t *ir.Type, v any) string {
	switch {
	case t.Kind == ir.KindModel && t.Model.Kind == ir.Enum:
		n := g.names[t.Model]
		for i, ev := range t.Model.EnumValues {
			if ev == v {
				return g.class(s, t.Model) + "." + n.members[i]
			}
		}
	case t.Kind == ir.KindList:
		return s.f.ImportModule("attrs") + ".field(factory=list)"
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.Number:
		if x, ok := v.(float64); ok {
			return FloatLiteral(x)
		}
	case t.Kind == ir.KindPrimitive && t.Format == "uuid":
		return s.f.Import("uuid", "UUID") + "(" + Literal(v) + ")"
	}
	return Literal(v)
}

func (g *gen) toDict(s *scope, m *ir.Model, props []*ir.Property) {
	f, n := s.f, g.names[m]
	anyT := f.Import("typing", "Any")
	f.P("def to_dict(self) -> dict[str, %s]:", anyT)
	f.In()
	writeDoc(f, "Return the JSON object for this value; read-only fields are left out.")
	mark := len(f.lines)
	s.deferred = map[string]string{}
	var sent []*ir.Property
	for _, p := range props {
		if !p.ReadOnly {
			sent = append(sent, p)
		}
	}
	switch {
	case m.Extra == nil && len(sent) == 0:
		f.P("return {}")
	case m.Extra != nil && encodeIdentity(m.Extra):
		f.P("data: dict[str, %s] = dict(self.additional_properties)", anyT)
	case m.Extra != nil:
		f.P("data: dict[str, %s] = {key: %s for key, item in self.additional_properties.items()}",
			anyT, g.encode(s, m.Extra, "item", 1))
	default:
		f.P("data: dict[str, %s] = {}", anyT)
	}
	for _, p := range sent {
		attr := "self." + n.attrs[p]
		if unsettable(p) {
			f.P("if not isinstance(%s, %s):", attr, f.Import("..types", "Unset"))
			f.In()
			f.P("data[%s] = %s", String(p.Name), g.encode(s, p.Type, attr, 0))
			f.Out()
		} else {
			f.P("data[%s] = %s", String(p.Name), g.encode(s, p.Type, attr, 0))
		}
	}
	if m.Extra != nil || len(sent) > 0 {
		f.P("return data")
	}
	g.insertDeferred(s, mark)
	f.Out()
}

// insertDeferred writes, at line mark, the local imports a function needs.
func (g *gen) insertDeferred(s *scope, mark int) {
	if len(s.deferred) == 0 {
		s.deferred = nil
		return
	}
	imports := map[string]*fromImport{}
	for name, module := range s.deferred {
		addFrom(imports, module, name)
	}
	var lines []string
	for _, l := range sortFrom(imports, s.f.indent) {
		lines = append(lines, s.f.indent+l)
	}
	lines = append(lines, "")
	s.f.lines = append(s.f.lines[:mark], append(lines, s.f.lines[mark:]...)...)
	s.deferred = nil
}

func (g *gen) fromDict(s *scope, m *ir.Model, props []*ir.Property) {
	f, n := s.f, g.names[m]
	mapping := f.Import("collections.abc", "Mapping")
	f.P("@classmethod")
	f.Def("def", "from_dict", []string{"cls", "src: " + mapping + "[str, " + f.Import("typing", "Any") + "]"}, n.class)
	f.In()
	writeDoc(f, "Read a value from a decoded JSON object.")
	mark := len(f.lines)
	s.deferred = map[string]string{}
	src := "src"
	if m.Extra != nil && len(props) > 0 {
		f.P("data = dict(src)")
		src = "data"
	}
	call := "cls()"
	if len(props) > 0 {
		call = "cls("
	}
	if m.Extra != nil {
		f.P("obj = %s", call)
	} else {
		f.P("return %s", call)
	}
	if len(props) > 0 {
		f.In()
		for _, p := range props {
			f.P("%s=%s,", n.attrs[p], g.decodeProperty(s, p, src, m.Extra != nil))
		}
		f.Out()
		f.P(")")
	}
	if m.Extra != nil {
		extra := src
		if len(props) == 0 {
			extra = "src"
		}
		if identity(m.Extra) && extra == "data" {
			f.P("obj.additional_properties = data")
		} else if identity(m.Extra) {
			f.P("obj.additional_properties = dict(%s)", extra)
		} else {
			f.P("obj.additional_properties = {key: %s for key, item in %s.items()}", g.decode(s, m.Extra, "item", 1), extra)
		}
		f.P("return obj")
	}
	g.insertDeferred(s, mark)
	f.Out()
}

func (g *gen) decodeProperty(s *scope, p *ir.Property, src string, pop bool) string {
	key := String(p.Name)
	var raw string
	switch {
	case p.Default != nil && pop:
		raw = fmt.Sprintf("%s.pop(%s, %s)", src, key, Literal(p.Default.V))
	case p.Default != nil:
		raw = fmt.Sprintf("%s.get(%s, %s)", src, key, Literal(p.Default.V))
	case unsettable(p) && pop:
		raw = fmt.Sprintf("%s.pop(%s, %s)", src, key, s.f.Import("..types", "UNSET"))
	case unsettable(p):
		raw = fmt.Sprintf("%s.get(%s, %s)", src, key, s.f.Import("..types", "UNSET"))
	case pop:
		raw = fmt.Sprintf("%s.pop(%s)", src, key)
	default:
		raw = fmt.Sprintf("%s[%s]", src, key)
	}
	if needsHelper(p) {
		return "_parse_" + g.names[s.owner].attrs[p] + "(" + raw + ")"
	}
	return g.decode(s, p.Type, raw, 0)
}

func (g *gen) parseHelper(s *scope, m *ir.Model, p *ir.Property) {
	f := s.f
	ann := g.ann(s, p.Type)
	if unsettable(p) {
		ann += " | " + f.Import("..types", "Unset")
	}
	f.Def("def", "_parse_"+g.names[m].attrs[p], []string{"value: " + f.Import("typing", "Any")}, ann)
	f.In()
	s.parsed = 0
	mark := len(f.lines)
	s.deferred = map[string]string{}
	var guards []string
	if p.Type.Nullable {
		guards = append(guards, "value is None")
	}
	if unsettable(p) {
		guards = append(guards, "isinstance(value, "+f.Import("..types", "Unset")+")")
	}
	if len(guards) > 0 {
		f.P("if %s:", strings.Join(guards, " or "))
		f.In()
		f.P("return value")
		f.Out()
	}
	base := *p.Type
	base.Nullable = false
	if p.Type.Kind == ir.KindConst {
		want := Literal(p.Type.Const)
		f.P("if value != %s:", want)
		f.In()
		msg := fstringBraces.Replace(p.Name + " must be " + want)
		f.Call("raise ValueError", []string{"f" + String(msg+", got {value!r}")}, "")
		f.Out()
		f.P("return %s", want)
	} else {
		g.returnDecoded(s, &base, "value")
	}
	g.insertDeferred(s, mark)
	f.Out()
}

func (g *gen) enumModel(s *scope, m *ir.Model) {
	f, n := s.f, g.names[m]
	base, check := "str", "isinstance(value, str)"
	if m.EnumType == ir.Integer {
		base, check = "int", "isinstance(value, int) or isinstance(value, bool)"
	}
	f.P("class %s(%s, %s):", n.class, base, f.Import("enum", "Enum"))
	f.In()
	writeDoc(f, modelDoc(m, n.class+" values.")+"\n\n"+
		"A value the document does not list does not raise: it decodes to a pseudo-member\n"+
		"whose `value` is the value received, and it is sent back unchanged.")
	f.P("")
	for i, v := range m.EnumValues {
		f.P("%s = %s", n.members[i], Literal(v))
	}
	f.P("")
	f.P("@classmethod")
	f.P("def _missing_(cls, value: object) -> %s | None:", n.class)
	f.In()
	if m.EnumType == ir.Integer {
		f.P("if not isinstance(value, int) or isinstance(value, bool):")
	} else {
		f.P("if not %s:", check)
	}
	f.In()
	f.P("return None")
	f.Out()
	f.P("member = %s.__new__(cls, value)", base)
	if m.EnumType == ir.Integer {
		f.P("member._name_ = str(value)")
	} else {
		f.P("member._name_ = value")
	}
	f.P("member._value_ = value")
	f.P("return member")
	f.Out()
	f.Out()
}

func (g *gen) unionModel(s *scope, m *ir.Model) {
	f, n := s.f, g.names[m]
	anyT := f.Import("typing", "Any")
	var members []string
	deferredAlias := false
	for _, t := range m.Members {
		a := g.ann(s, t)
		if t.Kind == ir.KindModel && (t.Model == m || g.reaches(t.Model, m)) {
			deferredAlias = true
		}
		if !contains(members, a) {
			members = append(members, a)
		}
	}
	if m.Discriminator != nil {
		attrsMod := f.ImportModule("attrs")
		f.P("@%s.define", attrsMod)
		f.P("class %s:", n.unknown)
		f.In()
		writeDoc(f, fmt.Sprintf("A %s whose %s value this client does not know, kept as received.", n.class, m.Discriminator.Property))
		f.P("")
		f.P("data: dict[str, %s]", anyT)
		f.P("")
		f.P("def to_dict(self) -> dict[str, %s]:", anyT)
		f.In()
		writeDoc(f, "Return the JSON object as received.")
		f.P("return self.data")
		f.Out()
		f.Out()
		f.P("")
		f.P("")
		members = append(members, n.unknown)
	}
	alias := strings.Join(members, " | ")
	if deferredAlias {
		alias = String(alias)
	}
	f.P("%s: %s = %s", n.class, f.Import("typing", "TypeAlias"), alias)
	doc := modelDoc(m, "One of several types.")
	if m.Discriminator != nil {
		doc += fmt.Sprintf("\n\nThe member is chosen by the `%s` property; a value this client does not\nknow gives %s, which keeps the object as received.", m.Discriminator.Property, n.unknown)
	} else {
		doc += "\n\nWhen decoding, the members are tried in the order the document lists them;\nthe first that accepts the value wins."
	}
	writeDoc(f, doc)
	f.P("")
	f.P("")
	g.parseUnion(s, m)
	f.P("")
	f.P("")
	g.serializeUnion(s, m)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (g *gen) parseUnion(s *scope, m *ir.Model) {
	f, n := s.f, g.names[m]
	f.Def("def", n.parse, []string{"data: " + f.Import("typing", "Any")}, n.class)
	f.In()
	s.parsed = 0
	writeDoc(f, fmt.Sprintf("Decode a %s from JSON.", n.class))
	mark := len(f.lines)
	s.deferred = map[string]string{}
	if d := m.Discriminator; d != nil {
		f.P("if not isinstance(data, %s):", f.Import("collections.abc", "Mapping"))
		f.In()
		f.Call("raise TypeError", []string{"f" + String(n.class+" must be a JSON object, got {type(data).__name__}")}, "")
		f.Out()
		f.P("kind = data.get(%s)", String(d.Property))
		for _, mp := range d.Mapping {
			f.P("if kind == %s:", String(mp.Value))
			f.In()
			f.P("return %s.from_dict(data)", g.class(s, mp.Model))
			f.Out()
		}
		f.P("return %s(data=dict(data))", n.unknown)
	} else {
		catchAll := false
		for _, t := range m.Members {
			if g.tryMember(s, t) {
				catchAll = true
				break
			}
		}
		if !catchAll {
			f.Call("raise ValueError", []string{"f" + String("{data!r} is none of the types of "+n.class)}, "")
		}
	}
	g.insertDeferred(s, mark)
	f.Out()
}

// tryMember writes the attempt to decode data as one member; it reports
// whether the attempt accepts every value.
func (g *gen) tryMember(s *scope, t *ir.Type) bool {
	f := s.f
	guard := ""
	switch t.Kind {
	case ir.KindModel:
		switch t.Model.Kind {
		case ir.Object:
			guard = "isinstance(data, " + f.Import("collections.abc", "Mapping") + ")"
		case ir.Enum:
			guard = "isinstance(data, str)"
			if t.Model.EnumType == ir.Integer {
				guard = "isinstance(data, int) and not isinstance(data, bool)"
			}
		}
	case ir.KindList, ir.KindTuple:
		guard = "isinstance(data, list)"
	case ir.KindMap:
		guard = "isinstance(data, " + f.Import("collections.abc", "Mapping") + ")"
	case ir.KindConst:
		guard = "data == " + Literal(t.Const)
	case ir.KindPrimitive:
		switch t.Primitive {
		case ir.String:
			guard = "isinstance(data, str)"
		case ir.Integer:
			guard = "isinstance(data, int) and not isinstance(data, bool)"
		case ir.Number:
			guard = "isinstance(data, int | float) and not isinstance(data, bool)"
		case ir.Boolean:
			guard = "isinstance(data, bool)"
		case ir.Null:
			guard = "data is None"
		}
	}
	value := g.decode(s, t, "data", 0)
	switch {
	case t.Kind == ir.KindConst:
		value = Literal(t.Const)
	case t.Kind == ir.KindMap && identity(t):
		value = "dict(data)"
	}
	if guard == "" && identity(t) {
		g.returnDecoded(s, t, "data")
		return true
	}
	if guard != "" {
		f.P("if %s:", guard)
		f.In()
	}
	if t.Kind == ir.KindConst {
		f.P("return %s", value)
	} else if identity(t) || t.Kind == ir.KindModel && t.Model.Kind == ir.Enum {
		f.P("return %s", value)
	} else {
		f.P("try:")
		f.In()
		g.returnDecoded(s, t, "data")
		f.Out()
		f.P("except (KeyError, TypeError, ValueError):")
		f.In()
		f.P("pass")
		f.Out()
	}
	if guard != "" {
		f.Out()
	}
	return false
}

// runtimeCheck is the class isinstance tests a member with, or "".
func (g *gen) runtimeCheck(s *scope, t *ir.Type) string {
	switch t.Kind {
	case ir.KindModel:
		if t.Model.Kind != ir.Union {
			return g.class(s, t.Model)
		}
	case ir.KindList:
		return "list"
	case ir.KindMap:
		return "dict"
	case ir.KindTuple:
		return "tuple"
	case ir.KindPrimitive:
		switch t.Format {
		case "date":
			return s.f.ImportModule("datetime") + ".date"
		case "date-time":
			return s.f.ImportModule("datetime") + ".datetime"
		case "uuid":
			return s.f.Import("uuid", "UUID")
		case "binary":
			return s.f.Import(g.types(s), "File")
		}
	}
	return ""
}

func (g *gen) serializeUnion(s *scope, m *ir.Model) {
	f, n := s.f, g.names[m]
	f.Def("def", n.serialize, []string{"value: " + n.class}, f.Import("typing", "Any"))
	f.In()
	writeDoc(f, fmt.Sprintf("Return the JSON form of a %s.", n.class))
	mark := len(f.lines)
	s.deferred = map[string]string{}
	type check struct{ class, expr string }
	var checks []check
	identityLeft := false
	var objects []string
	for _, t := range m.Members {
		if encodeIdentity(t) {
			identityLeft = true
			continue
		}
		base := *t
		base.Nullable = false
		if t.Kind == ir.KindModel && t.Model.Kind == ir.Object {
			objects = append(objects, g.class(s, t.Model))
			continue
		}
		c := check{g.runtimeCheck(s, t), g.encode(s, &base, "value", 0)}
		if t.Format == "date-time" {
			checks = append([]check{c}, checks...)
		} else {
			checks = append(checks, c)
		}
	}
	if m.Discriminator != nil {
		objects = append(objects, n.unknown)
	}
	if len(objects) > 0 {
		checks = append(checks, check{strings.Join(objects, " | "), "value.to_dict()"})
	}
	for i, c := range checks {
		if i == len(checks)-1 && !identityLeft || c.class == "" {
			f.P("return %s", c.expr)
			identityLeft = false
			break
		}
		f.P("if isinstance(value, %s):", c.class)
		f.In()
		f.P("return %s", c.expr)
		f.Out()
	}
	if identityLeft {
		f.P("return value")
	}
	g.insertDeferred(s, mark)
	f.Out()
}
