package ir

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/load"
)

// schemas turns schemas into types, naming inline models after their parents.
type schemas struct {
	models map[*openapi3.Schema]*Model
	// components maps a component schema to its name.
	components map[*openapi3.Schema]string
	// busy holds the non-model schemas being converted, to stop recursion
	// through aliases such as an array whose items are itself.
	busy map[*openapi3.Schema]bool
	// lists holds the list types being built, so that an array reached again
	// through its own items (array -> object -> the same array) refers to itself.
	lists map[*openapi3.Schema]*Type
	// synthetic are models with no schema of their own (a tuple's item union).
	synthetic []*Model
	names     map[string]bool
	diags     *[]load.Diagnostic
	// v31 is set for OpenAPI 3.1 documents.
	v31 bool
}

func newSchemas(doc *openapi3.T, diags *[]load.Diagnostic) *schemas {
	s := &schemas{
		models:     map[*openapi3.Schema]*Model{},
		components: map[*openapi3.Schema]string{},
		busy:       map[*openapi3.Schema]bool{},
		lists:      map[*openapi3.Schema]*Type{},
		names:      map[string]bool{},
		diags:      diags,
		v31:        doc.IsOpenAPI31OrLater(),
	}
	if doc.Components != nil {
		for _, name := range sortedKeys(doc.Components.Schemas) {
			if ref := doc.Components.Schemas[name]; ref != nil && ref.Value != nil {
				if _, seen := s.components[ref.Value]; !seen {
					s.components[ref.Value] = name
					s.names[name] = true
				}
			}
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func (s *schemas) warn(at, format string, args ...any) {
	*s.diags = append(*s.diags, load.Warningf(at, format, args...))
}

// allModels returns the models found so far, sorted by name.
func (s *schemas) allModels() []*Model {
	out := make([]*Model, 0, len(s.models)+len(s.synthetic))
	seen := map[*Model]bool{}
	for _, m := range append(s.synthetic, mapValues(s.models)...) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// uniqueName returns name, or name with a number when it is taken.
func (s *schemas) uniqueName(name string) string {
	candidate := name
	for i := 2; s.names[candidate]; i++ {
		candidate = fmt.Sprintf("%s %d", name, i)
	}
	s.names[candidate] = true
	return candidate
}

// typeOf converts the schema at pointer; name is used when an inline model is needed.
func (s *schemas) typeOf(ref *openapi3.SchemaRef, name, pointer string) *Type {
	if ref == nil || ref.Value == nil {
		return &Type{Kind: KindPrimitive, Primitive: Any}
	}
	sc := ref.Value
	if cname, ok := s.components[sc]; ok {
		name, pointer = cname, "#/components/schemas/"+escapePointer(cname)
	}
	if m, ok := s.models[sc]; ok {
		return &Type{Kind: KindModel, Model: m, Nullable: nullable(sc)}
	}
	if t, ok := s.lists[sc]; ok {
		return t
	}
	if s.busy[sc] {
		s.warn(pointer, "schema refers to itself without an object in between; read as any value")
		return &Type{Kind: KindPrimitive, Primitive: Any}
	}
	s.busy[sc] = true
	defer delete(s.busy, sc)
	t := s.convert(sc, name, pointer)
	if nullable(sc) {
		t.Nullable = true
	}
	return t
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// nullable reads both spellings: 3.0 `nullable: true` and a 3.1 type list with null.
func nullable(sc *openapi3.Schema) bool {
	if sc.Nullable {
		return true
	}
	if sc.Type != nil {
		for _, t := range *sc.Type {
			if t == "null" || t == "" {
				return true
			}
		}
	}
	return false
}

// types returns the schema's non-null types.
func types(sc *openapi3.Schema) []string {
	var out []string
	if sc.Type != nil {
		for _, t := range *sc.Type {
			if t != "null" && t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func isNullSchema(ref *openapi3.SchemaRef) bool {
	if ref == nil || ref.Value == nil {
		return false
	}
	sc := ref.Value
	if sc.Type != nil && len(types(sc)) == 0 && len(*sc.Type) > 0 {
		return true
	}
	return len(sc.Enum) == 1 && sc.Enum[0] == nil
}

func (s *schemas) newModel(sc *openapi3.Schema, kind ModelKind, name, pointer string) *Model {
	if _, ok := s.components[sc]; !ok {
		name = s.uniqueName(name)
	}
	m := &Model{Kind: kind, Name: name, Pointer: pointer, Description: describe(sc), Deprecated: sc.Deprecated}
	s.models[sc] = m
	return m
}

func describe(sc *openapi3.Schema) string {
	if sc.Description != "" {
		return sc.Description
	}
	return sc.Title
}

func (s *schemas) convert(sc *openapi3.Schema, name, pointer string) *Type {
	switch {
	case sc.Always != nil:
		return &Type{Kind: KindPrimitive, Primitive: Any}
	case len(sc.AllOf) == 1 && len(sc.Properties) == 0 && len(types(sc)) == 0:
		return s.typeOf(sc.AllOf[0], name, pointer+"/allOf/0")
	case len(sc.AllOf) > 0:
		return &Type{Kind: KindModel, Model: s.object(sc, name, pointer)}
	case len(sc.OneOf) > 0 || len(sc.AnyOf) > 0:
		return s.union(sc, name, pointer)
	case len(sc.Enum) > 0:
		return s.enum(sc, name, pointer)
	case sc.Const != nil:
		return &Type{Kind: KindConst, Const: sc.Const}
	}
	ts := types(sc)
	if len(ts) > 1 {
		return s.typeListUnion(sc, ts, name, pointer)
	}
	if len(ts) == 0 {
		switch {
		case len(sc.Properties) > 0 || sc.AdditionalProperties.Schema != nil:
			ts = []string{"object"}
		case sc.Items != nil || len(sc.PrefixItems) > 0:
			ts = []string{"array"}
		case sc.Type != nil && len(*sc.Type) > 0:
			return &Type{Kind: KindPrimitive, Primitive: Null}
		default:
			return &Type{Kind: KindPrimitive, Primitive: Any}
		}
	}
	return s.single(sc, ts[0], name, pointer)
}

func (s *schemas) single(sc *openapi3.Schema, typ, name, pointer string) *Type {
	switch typ {
	case "string":
		switch sc.Format {
		case "date", "date-time", "uuid", "binary":
			return &Type{Kind: KindPrimitive, Primitive: String, Format: sc.Format}
		}
		return &Type{Kind: KindPrimitive, Primitive: String}
	case "integer":
		return &Type{Kind: KindPrimitive, Primitive: Integer}
	case "number":
		return &Type{Kind: KindPrimitive, Primitive: Number}
	case "boolean":
		return &Type{Kind: KindPrimitive, Primitive: Boolean}
	case "array":
		if len(sc.PrefixItems) > 0 {
			return s.tuple(sc, name, pointer)
		}
		if sc.Items == nil {
			s.warn(pointer, "array without items; its items are read as any value")
		}
		t := &Type{Kind: KindList, Nullable: nullable(sc)}
		s.lists[sc] = t
		defer delete(s.lists, sc)
		t.Elem = s.typeOf(sc.Items, name+" item", pointer+"/items")
		return t
	case "object":
		_, isComponent := s.components[sc]
		if len(sc.Properties) == 0 && !isComponent {
			return &Type{Kind: KindMap, Elem: s.extra(sc, name, pointer)}
		}
		return &Type{Kind: KindModel, Model: s.object(sc, name, pointer)}
	}
	s.warn(pointer, "unknown type %q; read as any value", typ)
	return &Type{Kind: KindPrimitive, Primitive: Any}
}

// tuple reads 3.1 prefixItems. Items after the prefix, when allowed, are not
// typed one by one: the tuple becomes a list of any of the item types.
func (s *schemas) tuple(sc *openapi3.Schema, name, pointer string) *Type {
	var elems []*Type
	for i, item := range sc.PrefixItems {
		elems = append(elems, s.typeOf(item, fmt.Sprintf("%s item %d", name, i), fmt.Sprintf("%s/prefixItems/%d", pointer, i)))
	}
	if sc.Items == nil && sc.MaxItems != nil && *sc.MaxItems <= uint64(len(elems)) {
		return &Type{Kind: KindTuple, Elems: elems}
	}
	if sc.Items != nil {
		elems = append(elems, s.typeOf(sc.Items, name+" item", pointer+"/items"))
	} else {
		elems = append(elems, &Type{Kind: KindPrimitive, Primitive: Any})
	}
	return &Type{Kind: KindList, Elem: s.anyOfTypes(elems, name+" item", pointer)}
}

// anyOfTypes makes one type from several: the type itself when they agree,
// else an inline union model.
func (s *schemas) anyOfTypes(ts []*Type, name, pointer string) *Type {
	if allSame(ts) {
		return ts[0]
	}
	m := &Model{Kind: Union, Name: s.uniqueName(name), Pointer: pointer, Members: ts}
	s.synthetic = append(s.synthetic, m)
	return &Type{Kind: KindModel, Model: m}
}

func allSame(ts []*Type) bool {
	for _, t := range ts[1:] {
		if !SameType(t, ts[0]) {
			return false
		}
	}
	return true
}

// SameType reports whether two types are written the same way.
func SameType(a, b *Type) bool {
	if a.Kind != b.Kind || a.Primitive != b.Primitive || a.Format != b.Format || a.Model != b.Model ||
		a.Nullable != b.Nullable || len(a.Elems) != len(b.Elems) || fmt.Sprint(a.Const) != fmt.Sprint(b.Const) {
		return false
	}
	if (a.Elem == nil) != (b.Elem == nil) || a.Elem != nil && !SameType(a.Elem, b.Elem) {
		return false
	}
	for i := range a.Elems {
		if !SameType(a.Elems[i], b.Elems[i]) {
			return false
		}
	}
	return true
}

func (s *schemas) extra(sc *openapi3.Schema, name, pointer string) *Type {
	ap := sc.AdditionalProperties
	switch {
	case ap.Has != nil && !*ap.Has:
		return nil
	case ap.Schema != nil:
		return s.typeOf(ap.Schema, name+" additional property", pointer+"/additionalProperties")
	}
	return &Type{Kind: KindPrimitive, Primitive: Any}
}

// object builds an object model; allOf members are merged into it.
func (s *schemas) object(sc *openapi3.Schema, name, pointer string) *Model {
	m := s.newModel(sc, Object, name, pointer)
	props := map[string]*Property{}
	required := map[string]bool{}
	var merge func(sc *openapi3.Schema, pointer string, depth int)
	merge = func(part *openapi3.Schema, pointer string, depth int) {
		if depth > 32 {
			s.warn(pointer, "allOf nested too deeply; the rest is left out")
			return
		}
		for i, member := range part.AllOf {
			if member == nil || member.Value == nil {
				continue
			}
			mp := fmt.Sprintf("%s/allOf/%d", pointer, i)
			if member.Value.Type != nil && !member.Value.Type.Is("object") && len(types(member.Value)) > 0 {
				s.warn(mp, "allOf member is not an object; left out of %s", m.Name)
				continue
			}
			merge(member.Value, mp, depth+1)
		}
		for _, pname := range sortedKeys(part.Properties) {
			pref := part.Properties[pname]
			pp := pointer + "/properties/" + escapePointer(pname)
			p := &Property{Name: pname, Type: s.typeOf(pref, m.Name+" "+pname, pp)}
			if pref != nil && pref.Value != nil {
				v := pref.Value
				p.ReadOnly, p.WriteOnly, p.Deprecated = v.ReadOnly, v.WriteOnly, v.Deprecated
				p.Description = describe(v)
				p.Default = s.checkDefault(p.Type, v.Default, pp)
			}
			props[pname] = p
		}
		for _, r := range part.Required {
			required[r] = true
		}
		if part != sc && part.Description != "" && m.Description == "" {
			m.Description = part.Description
		}
	}
	merge(sc, pointer, 0)
	for _, pname := range sortedKeys(props) {
		p := props[pname]
		p.Required = required[pname]
		m.Properties = append(m.Properties, p)
	}
	m.Extra = s.extra(sc, name, pointer)
	return m
}

func (s *schemas) enum(sc *openapi3.Schema, name, pointer string) *Type {
	var values []any
	hasNull := false
	for _, v := range sc.Enum {
		if v == nil {
			hasNull = true
			continue
		}
		values = append(values, v)
	}
	var kind Primitive
	for i, v := range values {
		var k Primitive
		switch x := v.(type) {
		case string:
			k = String
		case float64:
			if x != math.Trunc(x) || math.Abs(x) > 1<<53 {
				k = Number
			} else {
				k = Integer
			}
		case bool:
			k = Boolean
		default:
			k = Any
		}
		if i == 0 {
			kind = k
		} else if k != kind {
			kind = Any
		}
	}
	switch {
	case len(values) == 0:
		return &Type{Kind: KindPrimitive, Primitive: Null}
	case kind == Boolean || kind == Number:
		return &Type{Kind: KindPrimitive, Primitive: kind, Nullable: hasNull}
	case kind == Any:
		s.warn(pointer, "enum values of mixed types; read as any value")
		return &Type{Kind: KindPrimitive, Primitive: Any}
	}
	m := s.newModel(sc, Enum, name, pointer)
	m.EnumType = kind
	seen := map[any]bool{}
	for _, v := range values {
		if !seen[v] {
			seen[v] = true
			m.EnumValues = append(m.EnumValues, v)
		}
	}
	return &Type{Kind: KindModel, Model: m, Nullable: hasNull}
}

func (s *schemas) union(sc *openapi3.Schema, name, pointer string) *Type {
	members, keyword := sc.OneOf, "oneOf"
	if len(members) == 0 {
		members, keyword = sc.AnyOf, "anyOf"
	}
	var kept []*openapi3.SchemaRef
	var at []int
	isNullable := false
	for i, member := range members {
		if isNullSchema(member) {
			isNullable = true
			continue
		}
		kept = append(kept, member)
		at = append(at, i)
	}
	if len(kept) == 0 {
		return &Type{Kind: KindPrimitive, Primitive: Null}
	}
	if len(kept) == 1 && sc.Discriminator == nil {
		t := s.typeOf(kept[0], name, fmt.Sprintf("%s/%s/%d", pointer, keyword, at[0]))
		t.Nullable = t.Nullable || isNullable
		return t
	}
	m := s.newModel(sc, Union, name, pointer)
	for i, member := range kept {
		mname := memberName(member, name, i)
		m.Members = append(m.Members, s.typeOf(member, mname, fmt.Sprintf("%s/%s/%d", pointer, keyword, at[i])))
	}
	if sc.Discriminator != nil {
		m.Discriminator = s.discriminator(sc.Discriminator, m, pointer)
	}
	return &Type{Kind: KindModel, Model: m, Nullable: isNullable}
}

func memberName(member *openapi3.SchemaRef, parent string, i int) string {
	if member != nil && member.Value != nil && member.Value.Title != "" {
		return parent + " " + member.Value.Title
	}
	return fmt.Sprintf("%s type %d", parent, i)
}

// discriminator reads the explicit mapping, then maps each object member not
// named there by its component name (the implicit mapping).
func (s *schemas) discriminator(d *openapi3.Discriminator, m *Model, pointer string) *Discriminator {
	out := &Discriminator{Property: d.PropertyName}
	if d.PropertyName == "" {
		s.warn(pointer+"/discriminator", "discriminator without propertyName; members are tried in order")
		return nil
	}
	mapped := map[*Model]bool{}
	for _, value := range sortedKeys(d.Mapping) {
		target := d.Mapping[value]
		var model *Model
		for _, member := range m.Members {
			if member.Kind == KindModel && (target.Value != nil && s.models[target.Value] == member.Model ||
				target.Ref != "" && strings.HasSuffix(target.Ref, "/"+escapePointer(member.Model.Name)) ||
				target.Ref == member.Model.Name) {
				model = member.Model
				break
			}
		}
		if model == nil {
			s.warn(pointer+"/discriminator/mapping/"+escapePointer(value), "mapping target %q is not a member of the union; left out", target.Ref)
			continue
		}
		out.Mapping = append(out.Mapping, Mapping{Value: value, Model: model})
		mapped[model] = true
	}
	for _, member := range m.Members {
		if member.Kind != KindModel || member.Model.Kind != Object {
			s.warn(pointer, "discriminated union member is not an object; left out of the dispatch")
			continue
		}
		if !mapped[member.Model] {
			out.Mapping = append(out.Mapping, Mapping{Value: member.Model.Name, Model: member.Model})
		}
	}
	return out
}

// typeListUnion reads a 3.1 type list with more than one non-null type.
func (s *schemas) typeListUnion(sc *openapi3.Schema, ts []string, name, pointer string) *Type {
	m := s.newModel(sc, Union, name, pointer)
	for _, typ := range ts {
		var t *Type
		if typ == "object" || typ == "array" {
			t = s.single(&openapi3.Schema{Items: sc.Items, PrefixItems: sc.PrefixItems, AdditionalProperties: sc.AdditionalProperties}, typ, name+" "+typ, pointer)
		} else {
			t = s.single(sc, typ, name, pointer)
		}
		m.Members = append(m.Members, t)
	}
	return &Type{Kind: KindModel, Model: m}
}

// checkDefault keeps a default that fits the type. A number or boolean given
// for a string is read as its text (the positive documents do this); any
// other mismatch is a warning and the default is left out.
func (s *schemas) checkDefault(t *Type, v any, pointer string) *Value {
	if v == nil {
		return nil
	}
	fits := false
	switch t.Kind {
	case KindPrimitive:
		switch t.Primitive {
		case Any:
			fits = true
		case String:
			switch x := v.(type) {
			case string:
				fits = true
				if t.Format == "uuid" {
					if !uuidPattern.MatchString(x) {
						s.warn(pointer+"/default", "default %q is not a uuid; left out", x)
						return nil
					}
				}
				if t.Format != "" {
					// Dates, uuids and files as defaults are left to the server.
					return nil
				}
			case float64, bool:
				if t.Format == "" {
					s.warn(pointer+"/default", "default %v for a string is read as %q", x, fmt.Sprint(x))
					return &Value{fmt.Sprint(x)}
				}
			}
		case Integer:
			x, ok := v.(float64)
			fits = ok && x == math.Trunc(x)
		case Number:
			_, fits = v.(float64)
		case Boolean:
			_, fits = v.(bool)
		}
	case KindModel:
		if t.Model.Kind == Enum {
			for _, ev := range t.Model.EnumValues {
				if ev == v {
					fits = true
				}
			}
		}
	case KindList:
		list, ok := v.([]any)
		fits = ok && len(list) == 0
	case KindConst:
		fits = fmt.Sprint(v) == fmt.Sprint(t.Const)
	}
	if !fits {
		s.warn(pointer+"/default", "default %v does not fit the type; left out", v)
		return nil
	}
	return &Value{v}
}

var uuidPattern = regexp.MustCompile(`^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
