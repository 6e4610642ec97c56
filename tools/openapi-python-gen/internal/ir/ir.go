// Package ir is the language-neutral model between the OpenAPI document and a
// writer for one target language. Names are kept as the document gives them;
// turning them into identifiers is the writer's job.
package ir

// Document is everything a writer needs.
type Document struct {
	Title       string
	Description string
	Version     string
	ServerURL   string
	// Models are the named types, sorted by Name.
	Models []*Model
	// Operations are sorted by path, then method.
	Operations []*Operation
}

// Primitive is a JSON scalar type.
type Primitive int

const (
	// Any is an unconstrained JSON value.
	Any Primitive = iota
	String
	Integer
	Number
	Boolean
	// Null is the type whose only value is null.
	Null
)

// Kind tells which fields of a Type are used.
type Kind int

const (
	// KindPrimitive uses Primitive and Format.
	KindPrimitive Kind = iota
	// KindModel uses Model.
	KindModel
	// KindList uses Elem.
	KindList
	// KindMap (an object with only additional properties) uses Elem.
	KindMap
	// KindTuple (3.1 prefixItems) uses Elems.
	KindTuple
	// KindConst uses Const, a string, float64, bool or nil.
	KindConst
)

// Type is the use of a type at one place.
type Type struct {
	Kind      Kind
	Primitive Primitive
	// Format is the string format that changes the value's type: date,
	// date-time, uuid, binary. Other formats are left out.
	Format   string
	Model    *Model
	Elem     *Type
	Elems    []*Type
	Const    any
	Nullable bool
}

// ModelKind is the sort of a named type.
type ModelKind int

const (
	Object ModelKind = iota
	Enum
	Union
)

// Model is a named type: a component schema, or an inline schema named after
// its parent.
type Model struct {
	Kind ModelKind
	// Name is the component name, or for inline schemas the parent's name and
	// the place joined with spaces ("Run v1Charter").
	Name        string
	Pointer     string
	Description string
	Deprecated  bool

	// Object.
	Properties []*Property
	// Extra is the type of additional properties; nil when they are forbidden.
	Extra *Type

	// Enum: values of one primitive type, String or Integer.
	EnumType   Primitive
	EnumValues []any

	// Union: members in document order.
	Members       []*Type
	Discriminator *Discriminator
}

// Property is one field of an object.
type Property struct {
	Name        string
	Type        *Type
	Required    bool
	ReadOnly    bool
	WriteOnly   bool
	Description string
	Deprecated  bool
	// Default is the document's default, checked against the type; nil when absent.
	Default *Value
}

// Value wraps a JSON value so that a null default differs from no default.
type Value struct{ V any }

// Discriminator dispatches a union on a property's value.
type Discriminator struct {
	Property string
	Mapping  []Mapping
}

// Mapping is one discriminator value and the member it selects.
type Mapping struct {
	Value string
	Model *Model
}

// Operation is one method on one path.
type Operation struct {
	ID          string
	Method      string
	Path        string
	Tag         string
	Summary     string
	Description string
	Deprecated  bool
	// Params in order: path, query, header, cookie; document order within each.
	Params    []*Param
	Body      *Body
	Responses []*Response
	// Pagination is set for cursor-paginated list operations.
	Pagination *Pagination
	// IdempotencyHeader is the name of the Idempotency-Key header parameter.
	IdempotencyHeader string
	// WorkspaceParam is the path parameter naming the workspace ("workspaceId").
	WorkspaceParam string
}

// Param is one operation parameter.
type Param struct {
	Name        string
	In          string
	Required    bool
	Type        *Type
	Description string
	Deprecated  bool
	Default     *Value
}

// BodyKind is how a request body is encoded.
type BodyKind int

const (
	JSONBody BodyKind = iota
	FormBody
	MultipartBody
	BinaryBody
)

// Body is the request body.
type Body struct {
	Kind      BodyKind
	MediaType string
	Type      *Type
	Required  bool
}

// ResponseKind is how a response body is read.
type ResponseKind int

const (
	NoContent ResponseKind = iota
	JSONContent
	EventStream
	BinaryContent
	TextContent
)

// Response is one documented response.
type Response struct {
	// Status is "200", "2XX" or "default".
	Status      string
	Description string
	Kind        ResponseKind
	MediaType   string
	// Type is the body type, or for EventStream the type of each event's data.
	Type *Type
}

// Success reports whether the response is a documented success (2xx).
func (r *Response) Success() bool { return r.Status[0] == '2' }

// Pagination describes a cursor-paginated list operation.
type Pagination struct {
	LimitParam  *Param
	CursorParam *Param
	// Page is the response model, with Items and NextCursor among its properties.
	Page       *Model
	Items      *Property
	NextCursor *Property
}
