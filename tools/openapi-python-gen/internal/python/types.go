package python

import (
	"fmt"
	"strings"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

// scope is where an annotation or expression is written: the file, how it
// reaches the models package, and the model whose module it is (to break
// import cycles).
type scope struct {
	f *File
	// models is the relative module prefix of the models package ("." or "...models.").
	models string
	// owner is the model whose module this is, or nil.
	owner *ir.Model
	// deferred collects names a function must import locally because a
	// top-level import would be circular.
	deferred map[string]string
	// parsed counts the typed variables returnDecoded introduced in the
	// current function.
	parsed int
}

// ref returns the name of a model-level symbol, importing it.
func (g *gen) ref(s *scope, m *ir.Model, name string) string {
	if m == s.owner {
		return name
	}
	module := s.models + g.names[m].module
	if s.owner != nil && g.reaches(m, s.owner) {
		s.f.ImportForTyping(module, name)
		if s.deferred != nil {
			s.deferred[name] = module
		}
		return name
	}
	return s.f.Import(module, name)
}

func (g *gen) class(s *scope, m *ir.Model) string { return g.ref(s, m, g.names[m].class) }

// ann is the annotation for a type.
func (g *gen) ann(s *scope, t *ir.Type) string {
	a := g.baseAnn(s, t)
	if t.Nullable && a != "None" && a != "Any" {
		a += " | None"
	}
	return a
}

func (g *gen) baseAnn(s *scope, t *ir.Type) string {
	switch t.Kind {
	case ir.KindModel:
		return g.class(s, t.Model)
	case ir.KindList:
		return "list[" + g.ann(s, t.Elem) + "]"
	case ir.KindMap:
		return "dict[str, " + g.ann(s, t.Elem) + "]"
	case ir.KindTuple:
		var parts []string
		for _, e := range t.Elems {
			parts = append(parts, g.ann(s, e))
		}
		return "tuple[" + strings.Join(parts, ", ") + "]"
	case ir.KindConst:
		if t.Const == nil {
			return "None"
		}
		return s.f.Import("typing", "Literal") + "[" + Literal(t.Const) + "]"
	}
	switch t.Primitive {
	case ir.String:
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
		return "str"
	case ir.Integer:
		return "int"
	case ir.Number:
		return "float"
	case ir.Boolean:
		return "bool"
	case ir.Null:
		return "None"
	}
	return s.f.Import("typing", "Any")
}

// types is the module path of the runtime's types module.
func (g *gen) types(s *scope) string {
	if s.models == "." {
		return "..types"
	}
	return strings.TrimSuffix(s.models, "models.") + "types"
}

// returnDecoded writes `return <decoded expr>`, through a typed variable when
// the expression is Any, i.e. raw JSON (mypy --strict refuses to return Any).
func (g *gen) returnDecoded(s *scope, t *ir.Type, expr string) {
	value := g.decode(s, t, expr, 0)
	ann := g.ann(s, t)
	if !identity(t) || ann == "Any" {
		s.f.P("return %s", value)
		return
	}
	s.parsed++
	name := "parsed"
	if s.parsed > 1 {
		name = fmt.Sprintf("parsed%d", s.parsed)
	}
	s.f.P("%s: %s = %s", name, ann, value)
	s.f.P("return %s", name)
}

// identity reports whether JSON decodes to the type without conversion.
func identity(t *ir.Type) bool {
	switch t.Kind {
	case ir.KindModel, ir.KindTuple:
		return false
	case ir.KindList, ir.KindMap:
		return identity(t.Elem)
	case ir.KindConst:
		return true
	}
	return t.Primitive != ir.String || t.Format == ""
}

func loopVar(depth int) string {
	if depth == 0 {
		return "item"
	}
	return fmt.Sprintf("item%d", depth+1)
}

func keyVar(depth int) string {
	if depth == 0 {
		return "key"
	}
	return fmt.Sprintf("key%d", depth+1)
}

// decode is an expression turning the JSON value expr into the type.
func (g *gen) decode(s *scope, t *ir.Type, expr string, depth int) string {
	if identity(t) {
		return expr
	}
	d := g.baseDecode(s, t, expr, depth)
	if t.Nullable {
		return fmt.Sprintf("None if %s is None else %s", expr, d)
	}
	return d
}

func (g *gen) baseDecode(s *scope, t *ir.Type, expr string, depth int) string {
	switch t.Kind {
	case ir.KindModel:
		switch t.Model.Kind {
		case ir.Object:
			return g.class(s, t.Model) + ".from_dict(" + expr + ")"
		case ir.Enum:
			return g.class(s, t.Model) + "(" + expr + ")"
		}
		return g.ref(s, t.Model, g.names[t.Model].parse) + "(" + expr + ")"
	case ir.KindList:
		v := loopVar(depth)
		return fmt.Sprintf("[%s for %s in %s]", g.decode(s, t.Elem, v, depth+1), v, expr)
	case ir.KindMap:
		k, v := keyVar(depth), loopVar(depth)
		return fmt.Sprintf("{%s: %s for %s, %s in %s.items()}", k, g.decode(s, t.Elem, v, depth+1), k, v, expr)
	case ir.KindTuple:
		var parts []string
		for i, e := range t.Elems {
			parts = append(parts, g.decode(s, e, fmt.Sprintf("%s[%d]", expr, i), depth+1))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	switch t.Format {
	case "date":
		return s.f.Import(g.types(s), "parse_date") + "(" + expr + ")"
	case "date-time":
		return s.f.Import(g.types(s), "parse_datetime") + "(" + expr + ")"
	case "uuid":
		return s.f.Import("uuid", "UUID") + "(" + expr + ")"
	case "binary":
		return fmt.Sprintf("%s(payload=%s.BytesIO(%s.encode()))", s.f.Import(g.types(s), "File"), s.f.ImportModule("io"), expr)
	}
	return expr
}

// encodeIdentity reports whether the type is its own JSON form.
func encodeIdentity(t *ir.Type) bool {
	if t.Kind == ir.KindTuple {
		return false
	}
	return identity(t)
}

// encode is an expression turning expr of the type into JSON.
func (g *gen) encode(s *scope, t *ir.Type, expr string, depth int) string {
	if encodeIdentity(t) {
		return expr
	}
	e := g.baseEncode(s, t, expr, depth)
	if t.Nullable {
		return fmt.Sprintf("None if %s is None else %s", expr, e)
	}
	return e
}

func (g *gen) baseEncode(s *scope, t *ir.Type, expr string, depth int) string {
	switch t.Kind {
	case ir.KindModel:
		switch t.Model.Kind {
		case ir.Object:
			return expr + ".to_dict()"
		case ir.Enum:
			return expr + ".value"
		}
		return g.ref(s, t.Model, g.names[t.Model].serialize) + "(" + expr + ")"
	case ir.KindList:
		v := loopVar(depth)
		return fmt.Sprintf("[%s for %s in %s]", g.encode(s, t.Elem, v, depth+1), v, expr)
	case ir.KindMap:
		k, v := keyVar(depth), loopVar(depth)
		return fmt.Sprintf("{%s: %s for %s, %s in %s.items()}", k, g.encode(s, t.Elem, v, depth+1), k, v, expr)
	case ir.KindTuple:
		var parts []string
		for i, e := range t.Elems {
			parts = append(parts, g.encode(s, e, fmt.Sprintf("%s[%d]", expr, i), depth+1))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	switch t.Format {
	case "date":
		return expr + ".isoformat()"
	case "date-time":
		// RFC 3339 needs an offset: the runtime refuses naive datetimes instead of sending them ambiguous.
		return s.f.Import(g.types(s), "format_datetime") + "(" + expr + ")"
	case "uuid":
		return "str(" + expr + ")"
	case "binary":
		return expr + ".to_tuple()"
	}
	return expr
}
