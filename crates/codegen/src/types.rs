//! Rust types from JSON schemas: named component schemas become models, inline objects and
//! enums become types named after where they appear.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde::Serialize;

use crate::names::{self, Scope};
use crate::{Error, Result};

/// Where a generated type lives: the root of the models crate (the client's `models`) or one
/// tag's module (of the models crate, re-exported by the client's module of the tag; a request
/// body that holds files stays in the client's module, since files are the client runtime's
/// `Upload`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Home {
    /// The models crate's root: component schemas and the types nested in them.
    Models,
    /// The module of one tag: request bodies and inline parameter types.
    Tag(String),
}

/// A type that `std` or a dependency of the generated crates provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `i32` (`format: int32`).
    I32,
    /// `i64`, every other integer.
    I64,
    /// `f64`, any number.
    F64,
    /// `bool`.
    Bool,
    /// `String`, any string without a format the generator reads.
    String,
    /// A date and time with its offset (`format: date-time`).
    DateTime,
    /// A date (`format: date`).
    Date,
    /// Any JSON value.
    Json,
    /// The client runtime's ID-or-path of a project or group (`x-gitlab-id-or-path`).
    IdOrPath,
}

impl Builtin {
    /// The type as Rust source, spelled out in full.
    #[must_use]
    pub fn rust(self) -> &'static str {
        match self {
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::F64 => "f64",
            Self::Bool => "bool",
            Self::String => "::std::string::String",
            Self::DateTime => "::chrono::DateTime<::chrono::FixedOffset>",
            Self::Date => "::chrono::NaiveDate",
            Self::Json => "::serde_json::Value",
            Self::IdOrPath => "::gitlab_client_runtime::IdOrPath",
        }
    }

    /// Whether the type is `Copy` (a number or a boolean), so a newtype around it is too.
    #[must_use]
    pub fn is_copy(self) -> bool {
        matches!(self, Self::I32 | Self::I64 | Self::F64 | Self::Bool)
    }

    /// Whether the type is an integer.
    #[must_use]
    pub fn is_integer(self) -> bool {
        matches!(self, Self::I32 | Self::I64)
    }

    /// Whether the type comes from `serde_json`.
    #[must_use]
    pub fn is_json(self) -> bool {
        self == Self::Json
    }

    /// Whether the type comes from `chrono`.
    #[must_use]
    pub fn is_chrono(self) -> bool {
        matches!(self, Self::DateTime | Self::Date)
    }
}

/// A Rust type expression, rendered relative to the module that uses it.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    /// A generated type.
    Named(String, Home),
    /// A type from `std` or a dependency.
    Builtin(Builtin),
    /// A list.
    Vec(Box<TypeRef>),
    /// A map from strings.
    Map(Box<TypeRef>),
    /// A value that may be absent or null.
    Option(Box<TypeRef>),
    /// A value on the heap: the edge of a recursive type that would otherwise be infinitely
    /// large.
    Boxed(Box<TypeRef>),
    /// A file to upload.
    Upload,
}

impl TypeRef {
    /// The type as Rust source, seen from a module of the client crate living in `from`.
    #[must_use]
    pub fn render(&self, from: &Home) -> String {
        match self {
            Self::Named(name, home) if home == from => name.clone(),
            Self::Named(name, Home::Models) => format!("super::models::{name}"),
            Self::Named(name, Home::Tag(tag)) => format!("super::{tag}::{name}"),
            Self::Builtin(builtin) => builtin.rust().to_owned(),
            Self::Vec(inner) => format!("::std::vec::Vec<{}>", inner.render(from)),
            Self::Map(inner) => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                inner.render(from)
            ),
            Self::Option(inner) => format!("::std::option::Option<{}>", inner.render(from)),
            Self::Boxed(inner) => format!("::std::boxed::Box<{}>", inner.render(from)),
            Self::Upload => "::gitlab_client_runtime::Upload".to_owned(),
        }
    }

    /// The type as Rust source, seen from a module of the models crate living in `from`.
    #[must_use]
    pub fn render_in_models(&self, from: &Home) -> String {
        match self {
            Self::Named(name, home) if home == from => name.clone(),
            Self::Named(name, Home::Models) => format!("super::{name}"),
            Self::Named(name, Home::Tag(tag)) if *from == Home::Models => {
                format!("self::{tag}::{name}")
            }
            Self::Named(name, Home::Tag(tag)) => format!("super::{tag}::{name}"),
            Self::Vec(inner) => format!("::std::vec::Vec<{}>", inner.render_in_models(from)),
            Self::Map(inner) => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                inner.render_in_models(from)
            ),
            Self::Option(inner) => {
                format!("::std::option::Option<{}>", inner.render_in_models(from))
            }
            Self::Boxed(inner) => format!("::std::boxed::Box<{}>", inner.render_in_models(from)),
            other => other.render(from),
        }
    }

    /// The type as Rust source, seen from outside the models crate named `models_lib` (by the
    /// server, which shares the models but not the client).
    #[must_use]
    pub fn render_shared(&self, models_lib: &str) -> String {
        match self {
            Self::Named(name, Home::Models) => format!("{models_lib}::{name}"),
            Self::Named(name, Home::Tag(tag)) => format!("{models_lib}::{tag}::{name}"),
            Self::Vec(inner) => format!("::std::vec::Vec<{}>", inner.render_shared(models_lib)),
            Self::Map(inner) => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                inner.render_shared(models_lib)
            ),
            Self::Option(inner) => {
                format!("::std::option::Option<{}>", inner.render_shared(models_lib))
            }
            Self::Boxed(inner) => format!("::std::boxed::Box<{}>", inner.render_shared(models_lib)),
            other => other.render(&Home::Models),
        }
    }

    /// Whether the type mentions a builtin type that passes `test` (such as
    /// [`Builtin::is_json`]).
    #[must_use]
    pub fn mentions(&self, test: fn(Builtin) -> bool) -> bool {
        match self {
            Self::Builtin(builtin) => test(*builtin),
            Self::Vec(inner) | Self::Map(inner) | Self::Option(inner) | Self::Boxed(inner) => {
                inner.mentions(test)
            }
            Self::Named(..) | Self::Upload => false,
        }
    }

    /// The type as Rust source, seen from outside the client crate named `lib`.
    #[must_use]
    pub fn render_external(&self, lib: &str) -> String {
        match self {
            Self::Named(name, Home::Models) => format!("{lib}::models::{name}"),
            Self::Named(name, Home::Tag(tag)) => format!("{lib}::{tag}::{name}"),
            Self::Vec(inner) => format!("::std::vec::Vec<{}>", inner.render_external(lib)),
            Self::Map(inner) => format!(
                "::std::collections::BTreeMap<::std::string::String, {}>",
                inner.render_external(lib)
            ),
            Self::Option(inner) => format!("::std::option::Option<{}>", inner.render_external(lib)),
            Self::Boxed(inner) => format!("::std::boxed::Box<{}>", inner.render_external(lib)),
            other => other.render(&Home::Models),
        }
    }

    /// Wraps the type in `Option` unless it already is one.
    #[must_use]
    pub fn optional(self) -> Self {
        match self {
            Self::Option(_) => self,
            other => Self::Option(Box::new(other)),
        }
    }

    /// Generated types this type mentions.
    pub fn named(&self, out: &mut BTreeSet<String>) {
        match self {
            Self::Named(name, _) => {
                out.insert(name.clone());
            }
            Self::Vec(inner) | Self::Map(inner) | Self::Option(inner) | Self::Boxed(inner) => {
                inner.named(out);
            }
            Self::Builtin(_) | Self::Upload => {}
        }
    }

    /// True for `String`, the one type whose setters take `impl Into<String>`.
    #[must_use]
    pub fn is_string(&self) -> bool {
        matches!(self, Self::Builtin(Builtin::String))
    }

    /// True when the type holds a file somewhere (files go to multipart parts, not JSON).
    #[must_use]
    pub fn is_upload(&self) -> bool {
        match self {
            Self::Upload => true,
            Self::Option(inner) | Self::Vec(inner) => inner.is_upload(),
            _ => false,
        }
    }

    /// True for a list of files, perhaps optional.
    #[must_use]
    pub fn is_upload_list(&self) -> bool {
        match self {
            Self::Vec(inner) => inner.is_upload(),
            Self::Option(inner) => inner.is_upload_list(),
            _ => false,
        }
    }
}

/// What a schema describes: the one reading of a schema that both its Rust type
/// ([`TypeSpace::type_of`]) and the server's validation of it (the operations' `Kind`) are
/// rendered from, so the two cannot disagree.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Shape<'s> {
    /// A `$ref` to a component schema.
    Reference(&'s str),
    /// A schema that only wraps another: `allOf: [X]` (perhaps beside a description or
    /// `nullable`), or a `oneOf`/`anyOf` of one member.
    Wrapper(&'s ReferenceOr<Schema>),
    /// Text with `format: date-time`.
    DateTime,
    /// Text with `format: date`.
    Date,
    /// Binary content (`format: binary`): a file as a request body's direct property, else
    /// the text that the JSON carries.
    Binary,
    /// Any other text.
    String,
    /// One of the listed strings.
    StringEnum(&'s [Option<String>]),
    /// An integer, held as this built-in type.
    Integer(Builtin),
    /// One of the listed integers.
    IntegerEnum(&'s openapiv3::IntegerType),
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list of the items, or of anything when the schema names no items.
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    /// An object with declared properties.
    Struct,
    /// An object without declared properties: a map to the additional properties' schema.
    Map(Option<&'s AdditionalProperties>),
    /// One of several alternatives (`oneOf`/`anyOf`).
    Alternatives,
    /// Several schemas that all hold (`allOf` of more than one member).
    AllOf,
    /// Anything else: any JSON value.
    Any,
}

impl<'s> Shape<'s> {
    /// The shape of a schema or reference.
    pub(crate) fn of_ref(schema: &'s ReferenceOr<Schema>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Reference(reference),
            ReferenceOr::Item(schema) => Self::of(schema),
        }
    }

    /// The shape of the boxed schema or reference of a property or list item.
    pub(crate) fn of_boxed(schema: &'s ReferenceOr<Box<Schema>>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Reference(reference),
            ReferenceOr::Item(schema) => Self::of(schema),
        }
    }

    /// The shape of a schema written in place.
    pub(crate) fn of(schema: &'s Schema) -> Self {
        if let Some(member) = sole_member(schema) {
            return Self::Wrapper(member);
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) if !o.properties.is_empty() => Self::Struct,
            SchemaKind::Any(any) if !any.properties.is_empty() => Self::Struct,
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                Self::StringEnum(&s.enumeration)
            }
            SchemaKind::Type(Type::Integer(i)) if !i.enumeration.is_empty() => Self::IntegerEnum(i),
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list }
                if list.len() > 1 =>
            {
                Self::Alternatives
            }
            SchemaKind::AllOf { all_of } if all_of.len() > 1 => Self::AllOf,
            SchemaKind::Type(Type::String(s)) => match &s.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Self::DateTime,
                VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Self::Date,
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Self::Binary,
                _ => Self::String,
            },
            SchemaKind::Type(Type::Integer(i)) => match i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Self::Integer(Builtin::I32),
                _ => Self::Integer(Builtin::I64),
            },
            SchemaKind::Type(Type::Number(_)) => Self::Number,
            SchemaKind::Type(Type::Boolean(_)) => Self::Boolean,
            SchemaKind::Type(Type::Array(a)) => Self::Array(a.items.as_ref()),
            SchemaKind::Type(Type::Object(o)) => Self::Map(o.additional_properties.as_ref()),
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list }
                if list.len() == 1 =>
            {
                Self::Wrapper(&list[0])
            }
            SchemaKind::Any(any) if any.typ.as_deref() == Some("object") => {
                Self::Map(any.additional_properties.as_ref())
            }
            _ => Self::Any,
        }
    }
}

/// One field of a generated struct.
#[derive(Clone, Debug, Serialize)]
pub struct Field {
    /// The Rust identifier.
    pub ident: String,
    /// The name on the wire.
    pub wire: String,
    /// The name on the wire as a Rust string literal.
    pub wire_literal: String,
    /// The field's type, rendered for the struct's module.
    pub ty: String,
    /// `#[doc]` attributes.
    pub doc: String,
    /// Whether the field is an `Option` (left out when `None`).
    pub optional: bool,
    /// Whether the field holds a file (never serialised; sent as a multipart part).
    pub upload: bool,
    /// Whether the field is flattened into its parent (`allOf` members).
    pub flatten: bool,
    /// Whether the field is deprecated.
    pub deprecated: bool,
    /// Whether the wire name differs from the identifier (`#[serde(rename)]`).
    pub rename: bool,
    /// Whether `None` is left out when serialising. Models write `null` for nullable fields,
    /// as the API does; request bodies never send an explicit `null`.
    pub skip_none: bool,
    #[serde(skip)]
    pub(crate) type_ref: TypeRef,
}

/// One variant of a string enum.
#[derive(Clone, Debug, Serialize)]
pub struct Variant {
    /// The Rust identifier.
    pub ident: String,
    /// The value on the wire.
    pub value: String,
    /// The value as a Rust string literal, whatever characters it holds.
    pub literal: String,
    /// `#[doc]` attributes: the value in a code span.
    pub doc: String,
}

/// One alternative of a `oneOf`.
#[derive(Clone, Debug, Serialize)]
pub struct Alternative {
    /// The Rust identifier of the variant.
    pub ident: String,
    /// The type it holds, rendered for the enum's module.
    pub ty: String,
    /// `#[doc]` attributes.
    pub doc: String,
    #[serde(skip)]
    pub(crate) type_ref: TypeRef,
}

/// What kind of type a definition is.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// A struct with named fields.
    Struct {
        /// The fields, in schema order.
        fields: Vec<Field>,
    },
    /// A string enum with an `Unknown(String)` fallback.
    StringEnum {
        /// The known values.
        variants: Vec<Variant>,
    },
    /// An untagged enum over the alternatives of a `oneOf` / `anyOf`.
    OneOf {
        /// The alternatives, tried in order.
        alternatives: Vec<Alternative>,
    },
    /// A transparent wrapper around another type (integer enums, named primitives).
    Newtype {
        /// The wrapped type, rendered for the wrapper's module.
        ty: String,
        /// Whether the wrapped type is a number (for `Copy` and ordering).
        copy: bool,
        /// The wrapped type.
        #[serde(skip)]
        type_ref: TypeRef,
    },
}

/// A generated type.
#[derive(Clone, Debug, Serialize)]
pub struct TypeDef {
    /// The Rust name.
    pub name: String,
    /// `#[doc]` attributes.
    pub doc: String,
    /// The feature gate, `#[cfg(...)]` or empty.
    pub cfg: String,
    /// Whether the type holds files, so it is only ever sent (no `Deserialize`, no `PartialEq`).
    pub serialize_only: bool,
    /// Whether every field is optional, so the struct derives `Default`.
    pub default: bool,
    /// The definition.
    #[serde(flatten)]
    pub kind: TypeKind,
    #[serde(skip)]
    pub(crate) home: Home,
    #[serde(skip)]
    pub(crate) uses: BTreeSet<String>,
}

/// Builds Rust types for the schemas of one document.
pub struct TypeSpace<'a> {
    components: &'a indexmap::IndexMap<String, ReferenceOr<Schema>>,
    component_names: BTreeMap<String, String>,
    names: Scope,
    /// Every generated type by Rust name, in a stable order.
    pub defs: BTreeMap<String, TypeDef>,
    /// The first documented value of each integer enum, by type name.
    first_integers: BTreeMap<String, i64>,
    problems: Vec<String>,
    warnings: Vec<String>,
}

impl<'a> TypeSpace<'a> {
    /// Names every component schema and converts them all.
    pub fn new(components: &'a indexmap::IndexMap<String, ReferenceOr<Schema>>) -> Result<Self> {
        let mut space = Self {
            components,
            component_names: BTreeMap::new(),
            names: Scope::default(),
            defs: BTreeMap::new(),
            first_integers: BTreeMap::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        };
        for name in components.keys() {
            let rust = space.names.claim(&names::pascal(name));
            space.component_names.insert(name.clone(), rust);
        }
        for (name, schema) in components {
            let rust = space.component_names[name].clone();
            match schema {
                ReferenceOr::Item(schema) => space.define(&rust, schema, &Home::Models),
                ReferenceOr::Reference { reference } => {
                    let target = space.reference(reference);
                    space.insert_newtype(&rust, "", target, &Home::Models);
                }
            }
        }
        space.finish()?;
        Ok(space)
    }

    /// Fails with every problem seen so far.
    pub fn finish(&mut self) -> Result<()> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Unsupported(std::mem::take(&mut self.problems)))
        }
    }

    /// The type of `schema`, defining new types named `hint` (and after it) in `home`.
    pub fn type_of(&mut self, schema: &ReferenceOr<Schema>, hint: &str, home: &Home) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference),
            ReferenceOr::Item(schema) => self.inline(schema, hint, home),
        }
    }

    /// Same as [`Self::type_of`] for the boxed schemas of properties and items.
    pub fn type_of_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        home: &Home,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference),
            ReferenceOr::Item(schema) => self.inline(schema, hint, home),
        }
    }

    /// Resolves a `$ref` to a component schema's schema, if it is one.
    #[must_use]
    pub fn resolve<'s>(&self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema>
    where
        'a: 's,
    {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.component(reference),
        }
    }

    /// The component schema that `reference` names, if it names one written in place.
    #[must_use]
    pub fn component(&self, reference: &str) -> Option<&'a Schema> {
        let name = reference.strip_prefix("#/components/schemas/")?;
        match self.components.get(name)? {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { .. } => None,
        }
    }

    /// A Rust expression of type `ty` that a server validating against the document accepts,
    /// seen from outside the crate named `lib`: for generated calls of every operation.
    #[must_use]
    pub fn dummy(&self, ty: &TypeRef, lib: &str, depth: usize) -> String {
        match ty {
            TypeRef::Option(_) => "::std::option::Option::None".into(),
            TypeRef::Builtin(Builtin::I32 | Builtin::I64) => "1".into(),
            TypeRef::Builtin(Builtin::F64) => "1.0".into(),
            TypeRef::Builtin(Builtin::Bool) => "true".into(),
            TypeRef::Builtin(Builtin::DateTime) => {
                "::chrono::DateTime::parse_from_rfc3339(\"2024-01-01T00:00:00Z\").expect(\"a date\")".into()
            }
            TypeRef::Builtin(Builtin::Date) => "::chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect(\"a date\")".into(),
            TypeRef::Builtin(Builtin::IdOrPath) => "1_u64".into(),
            TypeRef::Builtin(Builtin::String) => "::std::string::String::from(\"1\")".into(),
            TypeRef::Builtin(Builtin::Json) | TypeRef::Map(_) => "::std::default::Default::default()".into(),
            TypeRef::Upload => "::gitlab_client_runtime::Upload::new(\"file.txt\", b\"example\".to_vec())".into(),
            TypeRef::Vec(inner) => format!("::std::vec![{}]", self.dummy(inner, lib, depth + 1)),
            TypeRef::Boxed(inner) => format!("::std::boxed::Box::new({})", self.dummy(inner, lib, depth)),
            TypeRef::Named(name, _) => {
                let path = ty.render_external(lib);
                match self.defs.get(name).map(|d| &d.kind) {
                    Some(TypeKind::StringEnum { variants }) => variants
                        .first()
                        .map_or_else(|| format!("{path}::Unknown(\"1\".into())"), |v| format!("{path}::{}", v.ident)),
                    Some(TypeKind::Newtype {
                        type_ref: TypeRef::Builtin(builtin),
                        ..
                    }) if builtin.is_integer() => {
                        let first = self.first_integer(name).unwrap_or(1);
                        format!("{path}({first})")
                    }
                    // Newtypes derive no `Default`: wrap a value of the wrapped type.
                    Some(TypeKind::Newtype { type_ref, .. }) if depth < 4 => {
                        format!("{path}({})", self.dummy(type_ref, lib, depth + 1))
                    }
                    Some(TypeKind::OneOf { alternatives }) if depth < 4 => alternatives.first().map_or_else(
                        || "::std::default::Default::default()".into(),
                        |a| format!("{path}::{}({})", a.ident, self.dummy(&a.type_ref, lib, depth + 1)),
                    ),
                    Some(TypeKind::Struct { fields }) if depth < 4 => {
                        let fields: Vec<String> = fields
                            .iter()
                            .map(|f| format!("{}: {}", f.ident, self.dummy(&f.type_ref, lib, depth + 1)))
                            .collect();
                        format!("{path} {{ {} }}", fields.join(", "))
                    }
                    _ => "::std::default::Default::default()".into(),
                }
            }
        }
    }

    /// Boxes every edge of a recursive type: a field, `oneOf` alternative or newtype that holds
    /// (perhaps through `Option`) a type which holds the type again. Lists and maps are on the
    /// heap already and break the cycle themselves.
    pub fn box_cycles(&mut self) {
        let edges: BTreeMap<String, BTreeSet<String>> = self
            .defs
            .iter()
            .map(|(name, def)| {
                let mut out = BTreeSet::new();
                for ty in def.kind.type_refs() {
                    inline_target(ty, &mut out);
                }
                (name.clone(), out)
            })
            .collect();
        let component = strongly_connected(&edges);
        for (name, def) in &mut self.defs {
            let home = def.home.clone();
            let on_cycle = |target: &str| {
                component
                    .get(target)
                    .is_some_and(|c| Some(c) == component.get(name))
            };
            let recursive = |ty: &TypeRef| {
                let mut targets = BTreeSet::new();
                inline_target(ty, &mut targets);
                targets.iter().any(|t| on_cycle(t))
            };
            match &mut def.kind {
                TypeKind::Struct { fields } => {
                    for field in fields.iter_mut().filter(|f| recursive(&f.type_ref)) {
                        field.type_ref = boxed(field.type_ref.clone());
                        field.ty = field.type_ref.render_in_models(&home);
                    }
                }
                TypeKind::OneOf { alternatives } => {
                    for alternative in alternatives.iter_mut().filter(|a| recursive(&a.type_ref)) {
                        alternative.type_ref = boxed(alternative.type_ref.clone());
                        alternative.ty = alternative.type_ref.render_in_models(&home);
                    }
                }
                TypeKind::Newtype { ty, type_ref, .. } if recursive(type_ref) => {
                    *type_ref = boxed(type_ref.clone());
                    *ty = type_ref.render_in_models(&home);
                }
                TypeKind::Newtype { .. } | TypeKind::StringEnum { .. } => {}
            }
        }
    }

    fn first_integer(&self, name: &str) -> Option<i64> {
        self.first_integers.get(name).copied()
    }

    /// Reserves a type name in the shared namespace (operation builders, tag handles).
    pub fn claim(&mut self, wanted: &str) -> String {
        self.names.claim(wanted)
    }

    /// Records a construct that the generated code holds as untyped JSON: generation goes on,
    /// and the command prints the warning.
    pub fn warn(&mut self, warning: String) {
        self.warnings.push(warning);
    }

    /// The warnings recorded so far, in document order.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Records a problem that makes generation fail (with the others): only for documents that
    /// are not valid, such as a reference that does not resolve.
    pub fn problem(&mut self, problem: String) {
        self.problems.push(problem);
    }

    /// Defines a struct from the properties of an object schema. With `files` (a request body),
    /// binary properties hold an [`TypeRef::Upload`] each, sent as a file part.
    pub fn define_struct(
        &mut self,
        name: &str,
        description: Option<&str>,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        home: &Home,
        files: bool,
    ) -> Vec<Field> {
        let fields = self.fields(name, properties, required, home, files);
        self.insert(
            name,
            doc_attrs(description),
            TypeKind::Struct {
                fields: fields.clone(),
            },
            home,
        );
        fields
    }

    fn reference(&mut self, reference: &str) -> TypeRef {
        let found = reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| self.component_names.get(name));
        if let Some(rust) = found {
            TypeRef::Named(rust.clone(), Home::Models)
        } else {
            self.problems
                .push(format!("`{reference}` does not name a component schema"));
            TypeRef::Builtin(Builtin::Json)
        }
    }

    /// A schema written in place: primitives map directly, objects and enums get a type.
    fn inline(&mut self, schema: &Schema, hint: &str, home: &Home) -> TypeRef {
        let ty = self.inline_inner(schema, hint, home);
        if schema.schema_data.nullable {
            ty.optional()
        } else {
            ty
        }
    }

    fn inline_inner(&mut self, schema: &Schema, hint: &str, home: &Home) -> TypeRef {
        match Shape::of(schema) {
            Shape::Struct
            | Shape::StringEnum(_)
            | Shape::IntegerEnum(_)
            | Shape::Alternatives
            | Shape::AllOf => {
                let name = self.names.claim(&names::pascal(hint));
                self.define(&name, schema, home);
                TypeRef::Named(name, home.clone())
            }
            Shape::Reference(reference) => self.reference(reference),
            Shape::Wrapper(member) => self.type_of(member, hint, home),
            Shape::DateTime => TypeRef::Builtin(Builtin::DateTime),
            Shape::Date => TypeRef::Builtin(Builtin::Date),
            // Only the direct properties of a request body are files (see `fields`); anywhere
            // else binary content is the text that the JSON carries.
            Shape::Binary | Shape::String => TypeRef::Builtin(Builtin::String),
            Shape::Integer(builtin) => TypeRef::Builtin(builtin),
            Shape::Number => TypeRef::Builtin(Builtin::F64),
            Shape::Boolean => TypeRef::Builtin(Builtin::Bool),
            Shape::Array(Some(items)) => TypeRef::Vec(Box::new(self.type_of_boxed(
                items,
                &format!("{hint}Item"),
                home,
            ))),
            Shape::Array(None) => TypeRef::Vec(Box::new(TypeRef::Builtin(Builtin::Json))),
            Shape::Map(additional) => self.map_of(additional, hint, home),
            Shape::Any => TypeRef::Builtin(Builtin::Json),
        }
    }

    fn map_of(
        &mut self,
        additional: Option<&AdditionalProperties>,
        hint: &str,
        home: &Home,
    ) -> TypeRef {
        match additional {
            Some(AdditionalProperties::Schema(value)) => {
                let value = match value.as_ref() {
                    ReferenceOr::Reference { reference } => self.reference(reference),
                    ReferenceOr::Item(schema) => self.inline(schema, &format!("{hint}Value"), home),
                };
                TypeRef::Map(Box::new(value))
            }
            _ => TypeRef::Map(Box::new(TypeRef::Builtin(Builtin::Json))),
        }
    }

    /// Defines the type `name` for `schema`.
    fn define(&mut self, name: &str, schema: &Schema, home: &Home) {
        let mut doc = doc_attrs(schema.schema_data.description.as_deref());
        let kind = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) if !o.properties.is_empty() => {
                let fields = self.fields(name, &o.properties, &o.required, home, false);
                TypeKind::Struct { fields }
            }
            SchemaKind::Any(any) if !any.properties.is_empty() => {
                let fields = self.fields(name, &any.properties, &any.required, home, false);
                TypeKind::Struct { fields }
            }
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                let mut scope = Scope::with_reserved(&["Unknown"]);
                // A value listed twice is one variant (a second match arm would be unreachable).
                let mut seen = BTreeSet::new();
                let variants = s
                    .enumeration
                    .iter()
                    .flatten()
                    .filter(|value| seen.insert(value.as_str()))
                    .map(|value| Variant {
                        ident: scope.claim(&names::pascal(value)),
                        literal: format!("{value:?}"),
                        doc: if value.is_empty() {
                            doc_attrs(Some("The empty value."))
                        } else {
                            doc_attrs(Some(&format!("`{value}`")))
                        },
                        value: value.clone(),
                    })
                    .collect();
                TypeKind::StringEnum { variants }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let values = integer_values(i);
                if let Some(first) = i.enumeration.iter().flatten().next() {
                    self.first_integers.insert(name.to_owned(), *first);
                }
                if !values.is_empty() {
                    doc.push_str("#[doc = \"\"]\n");
                    doc.push_str(&doc_attrs(Some(&format!(
                        "Known values: {}.",
                        values.join(", ")
                    ))));
                }
                let inner = if matches!(
                    i.format,
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32)
                ) {
                    Builtin::I32
                } else {
                    Builtin::I64
                };
                TypeKind::Newtype {
                    ty: inner.rust().to_owned(),
                    copy: true,
                    type_ref: TypeRef::Builtin(inner),
                }
            }
            SchemaKind::OneOf {
                one_of: alternatives,
            }
            | SchemaKind::AnyOf {
                any_of: alternatives,
            } if alternatives.len() > 1 => self.alternatives(name, alternatives, home),
            SchemaKind::AllOf { all_of } if all_of.len() > 1 => {
                // Only objects can be merged into one struct; anything else is one untyped place.
                if all_of.iter().any(|member| !self.flattenable(member, 0)) {
                    self.warn(format!(
                        "`{name}`: `allOf` combines a schema that is not an object; `{name}` holds any JSON value"
                    ));
                    add_note(&mut doc, UNTYPED_NOTE);
                    self.insert_newtype(name, &doc, TypeRef::Builtin(Builtin::Json), home);
                    return;
                }
                let mut fields = Vec::new();
                for (i, member) in all_of.iter().enumerate() {
                    match self.resolve_object(member) {
                        Some(MemberShape::Reference(ty)) => fields.push(Field {
                            ident: format!("part{i}"),
                            wire: String::new(),
                            wire_literal: String::new(),
                            ty: ty.render_in_models(home),
                            doc: doc_attrs(Some(&format!(
                                "The fields of `{}`.",
                                ty.render_in_models(home)
                            ))),
                            rename: false,
                            skip_none: false,
                            optional: false,
                            upload: false,
                            flatten: true,
                            deprecated: false,
                            type_ref: ty,
                        }),
                        Some(MemberShape::Inline(schema)) => match &schema.schema_kind {
                            SchemaKind::Type(Type::Object(o)) => fields.extend(self.fields(
                                name,
                                &o.properties,
                                &o.required,
                                home,
                                false,
                            )),
                            SchemaKind::Any(any) => fields.extend(self.fields(
                                name,
                                &any.properties,
                                &any.required,
                                home,
                                false,
                            )),
                            _ => {}
                        },
                        None => self.problems.push(format!(
                            "`{name}`: only objects and references can be combined with `allOf`"
                        )),
                    }
                }
                TypeKind::Struct {
                    fields: Self::merge_members(fields),
                }
            }
            _ => {
                if is_binary(schema) {
                    add_note(&mut doc, BINARY_NOTE);
                }
                let ty = self.inline_inner(&plain(schema), &format!("{name}Inner"), home);
                self.insert_newtype(name, &doc, ty, home);
                return;
            }
        };
        self.insert(name, doc, kind, home);
    }

    /// Whether an `allOf` member can be flattened into a struct: anything but a primitive or a
    /// list (a member that does not resolve is reported where it is referenced).
    fn flattenable(&self, member: &ReferenceOr<Schema>, depth: usize) -> bool {
        let Some(schema) = self.resolve(member).filter(|_| depth < 8) else {
            return true;
        };
        if let Some(inner) = sole_member(schema) {
            return self.flattenable(inner, depth + 1);
        }
        !matches!(
            schema.schema_kind,
            SchemaKind::Type(
                Type::String(_)
                    | Type::Integer(_)
                    | Type::Number(_)
                    | Type::Boolean(_)
                    | Type::Array(_)
            )
        )
    }

    fn resolve_object(&mut self, member: &ReferenceOr<Schema>) -> Option<MemberShape> {
        match member {
            ReferenceOr::Reference { reference } => {
                Some(MemberShape::Reference(self.reference(reference)))
            }
            // A member that only wraps one reference (`{description, allOf: [$ref]}`, as
            // documents write a described reference) is that reference.
            ReferenceOr::Item(schema) => match sole_member(schema) {
                Some(member) => self.resolve_object(member),
                None => Some(MemberShape::Inline(Box::new(schema.clone()))),
            },
        }
    }

    fn alternatives(
        &mut self,
        name: &str,
        alternatives: &[ReferenceOr<Schema>],
        home: &Home,
    ) -> TypeKind {
        let mut scope = Scope::default();
        let alternatives = alternatives
            .iter()
            .enumerate()
            .map(|(i, alternative)| {
                let ty = self.type_of(alternative, &format!("{name}Variant{i}"), home);
                let described = match alternative {
                    ReferenceOr::Item(s) => s.schema_data.description.as_deref(),
                    ReferenceOr::Reference { .. } => None,
                };
                let ident = scope.claim(&variant_name(&ty));
                Alternative {
                    doc: doc_or(described, &format!("The `{ident}` form.")),
                    ident,
                    ty: ty.render_in_models(home),
                    type_ref: ty,
                }
            })
            .collect();
        TypeKind::OneOf { alternatives }
    }

    fn fields(
        &mut self,
        owner: &str,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        home: &Home,
        files: bool,
    ) -> Vec<Field> {
        let mut scope = Scope::default();
        properties
            .iter()
            .map(|(wire, schema)| {
                let hint = format!("{owner}{}", names::pascal(wire));
                let binary = self.binary(schema);
                let mut ty = match binary.filter(|_| files) {
                    Some(false) => TypeRef::Upload,
                    Some(true) => TypeRef::Vec(Box::new(TypeRef::Upload)),
                    None => self.type_of_boxed(schema, &hint, home),
                };
                let (description, deprecated, nullable) = match schema {
                    ReferenceOr::Item(s) => (
                        s.schema_data.description.as_deref(),
                        s.schema_data.deprecated,
                        s.schema_data.nullable,
                    ),
                    ReferenceOr::Reference { .. } => (None, false, false),
                };
                if !required.contains(wire) {
                    ty = ty.optional();
                }
                let ident = scope.claim(&names::snake(wire));
                let fallback = format!("The `{wire}` field.");
                let mut doc = doc_or(description, &fallback);
                if deprecated {
                    doc.push_str(&doc_attrs(Some("\n**Deprecated.**")));
                }
                if binary.is_some() && !ty.is_upload() {
                    add_note(&mut doc, BINARY_NOTE);
                }
                let optional = matches!(ty, TypeRef::Option(_));
                Field {
                    skip_none: optional && !(nullable && *home == Home::Models),
                    rename: ident.trim_start_matches("r#") != wire,
                    ident,
                    wire_literal: format!("{wire:?}"),
                    wire: wire.clone(),
                    ty: ty.render_in_models(home),
                    doc,
                    optional: matches!(ty, TypeRef::Option(_)),
                    upload: ty.is_upload(),
                    flatten: false,
                    deprecated,
                    type_ref: ty,
                }
            })
            .collect()
    }

    /// The fields of `allOf` members as one struct's: a property that several members declare is
    /// one field, required when any member requires it (an instance satisfies every member), and
    /// names that collide after case conversion across members get distinct identifiers.
    fn merge_members(fields: Vec<Field>) -> Vec<Field> {
        let mut merged: Vec<Field> = Vec::with_capacity(fields.len());
        for field in fields {
            let twin = merged
                .iter_mut()
                .find(|f| !f.flatten && !field.flatten && f.wire == field.wire);
            match twin {
                Some(existing) if existing.optional && !field.optional => *existing = field,
                Some(_) => {}
                None => merged.push(field),
            }
        }
        let mut scope = Scope::default();
        for field in &mut merged {
            field.ident = scope.claim(&field.ident);
            if !field.flatten {
                field.rename = field.ident.trim_start_matches("r#") != field.wire;
            }
        }
        merged
    }

    /// Whether a property holds binary content (`type: string, format: binary`), written in
    /// place or as a component: `Some(false)` for one value, `Some(true)` for a list of them.
    fn binary(&self, schema: &ReferenceOr<Box<Schema>>) -> Option<bool> {
        let schema = match schema {
            ReferenceOr::Item(schema) => schema.as_ref(),
            ReferenceOr::Reference { reference } => self.component(reference)?,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Array(a)) => a
                .items
                .as_ref()
                .and_then(|items| self.binary(items))
                .filter(|list| !list)
                .map(|_| true),
            _ => is_binary(schema).then_some(false),
        }
    }

    fn insert_newtype(&mut self, name: &str, doc: &str, ty: TypeRef, home: &Home) {
        let copy = matches!(ty, TypeRef::Builtin(builtin) if builtin.is_copy());
        let mut uses = BTreeSet::new();
        ty.named(&mut uses);
        let kind = TypeKind::Newtype {
            ty: ty.render_in_models(home),
            copy,
            type_ref: ty,
        };
        self.store(name, doc.to_owned(), kind, home, uses);
    }

    fn insert(&mut self, name: &str, doc: String, kind: TypeKind, home: &Home) {
        let mut uses = BTreeSet::new();
        match &kind {
            TypeKind::Struct { fields } => fields.iter().for_each(|f| f.type_ref.named(&mut uses)),
            TypeKind::OneOf { alternatives } => {
                alternatives
                    .iter()
                    .for_each(|a| a.type_ref.named(&mut uses));
            }
            TypeKind::StringEnum { .. } | TypeKind::Newtype { .. } => {}
        }
        self.store(name, doc, kind, home, uses);
    }

    /// Records a definition; an undocumented type gets a generic line so that every item has docs.
    fn store(
        &mut self,
        name: &str,
        doc: String,
        kind: TypeKind,
        home: &Home,
        uses: BTreeSet<String>,
    ) {
        let doc = if doc.is_empty() {
            doc_attrs(Some(&format!("The `{name}` type.")))
        } else {
            doc
        };
        let fields = match &kind {
            TypeKind::Struct { fields } => Some(fields),
            _ => None,
        };
        self.defs.insert(
            name.to_owned(),
            TypeDef {
                name: name.to_owned(),
                doc,
                cfg: String::new(),
                serialize_only: fields.is_some_and(|f| f.iter().any(|f| f.upload)),
                default: fields.is_some_and(|f| f.iter().all(|f| f.optional)),
                kind,
                home: home.clone(),
                uses,
            },
        );
    }
}

impl TypeKind {
    /// The types this definition holds.
    pub(crate) fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            Self::Struct { fields } => fields.iter().map(|f| &f.type_ref).collect(),
            Self::OneOf { alternatives } => alternatives.iter().map(|a| &a.type_ref).collect(),
            Self::Newtype { type_ref, .. } => vec![type_ref],
            Self::StringEnum { .. } => Vec::new(),
        }
    }
}

/// The generated types that `ty` holds in place (not behind a list, map or box).
fn inline_target(ty: &TypeRef, out: &mut BTreeSet<String>) {
    match ty {
        TypeRef::Named(name, _) => {
            out.insert(name.clone());
        }
        TypeRef::Option(inner) => inline_target(inner, out),
        TypeRef::Builtin(_)
        | TypeRef::Vec(_)
        | TypeRef::Map(_)
        | TypeRef::Boxed(_)
        | TypeRef::Upload => {}
    }
}

/// `ty` behind a box, inside its `Option` if it has one.
fn boxed(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Option(inner) => TypeRef::Option(Box::new(boxed(*inner))),
        other => TypeRef::Boxed(Box::new(other)),
    }
}

/// The strongly connected components of a graph (Tarjan's algorithm): each node's component,
/// numbered so that two nodes share a number exactly when each reaches the other.
fn strongly_connected(edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, usize> {
    #[derive(Default)]
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        component: BTreeMap<String, usize>,
        components: usize,
    }
    fn visit<'a>(node: &'a str, edges: &'a BTreeMap<String, BTreeSet<String>>, st: &mut State<'a>) {
        let index = st.index.len();
        st.index.insert(node, index);
        st.low.insert(node, index);
        st.stack.push(node);
        st.on_stack.insert(node);
        for next in edges.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !st.index.contains_key(next) {
                visit(next, edges, st);
                let low = st.low[node].min(st.low[next]);
                st.low.insert(node, low);
            } else if st.on_stack.contains(next) {
                let low = st.low[node].min(st.index[next]);
                st.low.insert(node, low);
            }
        }
        if st.low[node] == st.index[node] {
            while let Some(member) = st.stack.pop() {
                st.on_stack.remove(member);
                st.component.insert(member.to_owned(), st.components);
                if member == node {
                    break;
                }
            }
            st.components += 1;
        }
    }
    let mut state = State::default();
    for node in edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(node, edges, &mut state);
        }
    }
    state.component
}

enum MemberShape {
    Reference(TypeRef),
    Inline(Box<Schema>),
}

/// The rustdoc note on binary content outside a multipart body.
const BINARY_NOTE: &str = "Binary content (`format: binary`), held as the text that the JSON carries: only the binary properties of a request body are files.";

/// The rustdoc note on a type the generator could not express.
const UNTYPED_NOTE: &str =
    "The document describes this in a way Rust types cannot express, so it holds any JSON value.";

/// Appends a paragraph to `#[doc]` attributes.
pub(crate) fn add_note(doc: &mut String, note: &str) {
    if !doc.is_empty() {
        doc.push_str("#[doc = \"\"]\n");
    }
    doc.push_str(&doc_attrs(Some(note)));
}

/// Whether the schema is `type: string, format: binary`.
fn is_binary(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(Type::String(s))
            if matches!(s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Binary))
    )
}

/// The documented values of an integer enum, as text.
pub(crate) fn integer_values(schema: &openapiv3::IntegerType) -> Vec<String> {
    schema
        .enumeration
        .iter()
        .flatten()
        .map(ToString::to_string)
        .collect()
}

/// The schema without the parts that made it a named type of its own (used for newtypes).
fn plain(schema: &Schema) -> Schema {
    let mut plain = schema.clone();
    if let SchemaKind::Type(Type::Integer(i)) = &mut plain.schema_kind {
        i.enumeration.clear();
    }
    plain.schema_data.nullable = false;
    plain
}

/// A variant name for a `oneOf` alternative, from the type it holds.
fn variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(name, _) => name.clone(),
        TypeRef::Builtin(Builtin::I32 | Builtin::I64) => "Integer".into(),
        TypeRef::Builtin(Builtin::F64) => "Number".into(),
        TypeRef::Builtin(Builtin::Bool) => "Boolean".into(),
        TypeRef::Builtin(Builtin::String) => "String".into(),
        TypeRef::Builtin(_) => "Other".into(),
        TypeRef::Vec(_) => "List".into(),
        TypeRef::Map(_) => "Map".into(),
        TypeRef::Option(inner) | TypeRef::Boxed(inner) => variant_name(inner),
        TypeRef::Upload => "File".into(),
    }
}

/// [`doc_attrs`] for `description`, or for `fallback` when the description is missing or blank,
/// so that every generated item has documentation (the crate denies `missing_docs`).
#[must_use]
pub fn doc_or(description: Option<&str>, fallback: &str) -> String {
    match doc_attrs(description) {
        doc if doc.is_empty() => doc_attrs(Some(fallback)),
        doc => doc,
    }
}

/// `#[doc = "..."]` attributes for a description, one per line, safe for rustdoc.
#[must_use]
pub fn doc_attrs(description: Option<&str>) -> String {
    let Some(text) = description.map(str::trim).filter(|t| !t.is_empty()) else {
        return String::new();
    };
    let mut fence: Option<String> = None;
    text.lines()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {}", doc_line(line, &mut fence))
            };
            format!("#[doc = {line:?}]\n")
        })
        .collect()
}

/// One line of a description as rustdoc prose. Rustdoc runs code blocks as doctests, so a
/// document must not be able to write one: a fenced block is marked `text` (which rustdoc
/// shows but never runs), and lines outside fences lose the indentation that would make an
/// indented code block. `fence` is the open fence, if any.
fn doc_line(line: &str, fence: &mut Option<String>) -> String {
    let line = &crate::render::visible(line, |c| c == '\t');
    let trimmed = line.trim_start();
    let first = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'));
    let marker: String = trimmed.chars().take_while(|&c| Some(c) == first).collect();
    let is_fence = marker.len() >= 3;
    match fence {
        Some(open) if is_fence && marker.starts_with(open.as_str()) => {
            *fence = None;
            line.to_owned()
        }
        Some(_) => line.to_owned(),
        None if is_fence => {
            *fence = Some(marker.clone());
            format!("{marker}text")
        }
        None => {
            let indent = line.chars().count() - trimmed.chars().count();
            format!("{}{}", " ".repeat(indent.min(3)), escape_doc(trimmed))
        }
    }
}

/// The one schema that `schema` only wraps, if that is all it does: `allOf: [X]`, perhaps beside
/// a description or `nullable` (as documents write a described or nullable reference).
fn sole_member(schema: &Schema) -> Option<&ReferenceOr<Schema>> {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => all_of.first(),
        SchemaKind::Any(any) if any.all_of.len() == 1 && any.properties.is_empty() => {
            any.all_of.first()
        }
        _ => None,
    }
}

/// Keeps prose from being read as intra-doc links or HTML outside code spans. A Markdown link to
/// a web address (`[RE2](https://github.com/google/re2)`) stays a link.
pub(crate) fn escape_doc(line: &str) -> String {
    escape_doc_from(line, false)
}

/// [`escape_doc`] for text that starts inside a code span when `in_code` (a template's
/// `` `{{ name | doc_code }}` ``): a backtick in the text ends the span, and what follows is
/// escaped as prose.
pub(crate) fn escape_doc_from(line: &str, mut in_code: bool) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = (c == '[' && !in_code).then(|| web_link_len(rest)).flatten() {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        match c {
            '`' => in_code = !in_code,
            '[' | ']' | '<' | '>' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of the Markdown link `[text](http...)` that `text` starts with, if it is one: text
/// without brackets or backticks, an `http://` or `https://` target without spaces or parentheses.
fn web_link_len(text: &str) -> Option<usize> {
    let label_end = text[1..].find(['[', ']', '`'])? + 1;
    let target = text[label_end..].strip_prefix("](")?;
    if !(target.starts_with("https://") || target.starts_with("http://")) {
        return None;
    }
    let target_len =
        target.find(|c: char| matches!(c, ')' | '(' | '<' | '>') || c.is_whitespace())?;
    (target[target_len..].starts_with(')') && label_end > 1)
        .then_some(label_end + 2 + target_len + 1)
}

#[cfg(test)]
mod tests {
    use super::{doc_attrs, escape_doc};

    #[test]
    fn prose_brackets_and_html_are_escaped_outside_code() {
        assert_eq!(
            escape_doc("an array[] of <b> `a[0]<x>`"),
            r"an array\[\] of \<b\> `a[0]<x>`"
        );
    }

    #[test]
    fn links_to_web_addresses_stay_links() {
        assert_eq!(
            escape_doc("[RE2](https://github.com/google/re2/wiki/Syntax) pattern"),
            "[RE2](https://github.com/google/re2/wiki/Syntax) pattern"
        );
        assert_eq!(
            escape_doc("see [x](http://a.example/b) and [y]"),
            r"see [x](http://a.example/b) and \[y\]"
        );
    }

    #[test]
    fn anything_short_of_a_web_link_is_escaped() {
        for (text, expected) in [
            ("[x](relative/path)", r"\[x\](relative/path)"),
            ("[](https://a.example)", r"\[\](https://a.example)"),
            ("[x](https://a.example", r"\[x\](https://a.example"),
            ("[x](https://a b)", r"\[x\](https://a b)"),
            ("[`x`](https://a.example)", r"\[`x`\](https://a.example)"),
            ("[", r"\["),
            ("[é](https://é.example)", "[é](https://é.example)"),
        ] {
            assert_eq!(escape_doc(text), expected, "{text}");
        }
    }

    #[test]
    fn a_description_cannot_write_a_doctest() {
        let doc = doc_attrs(Some(
            "a\n```rust\nstd::process::exit(1);\n```\n\n    std::process::abort();\n\t\tx\n~~~\n<b>\n~~~",
        ));
        assert_eq!(
            doc,
            concat!(
                "#[doc = \" a\"]\n",
                "#[doc = \" ```text\"]\n",
                "#[doc = \" std::process::exit(1);\"]\n",
                "#[doc = \" ```\"]\n",
                "#[doc = \"\"]\n",
                "#[doc = \"    std::process::abort();\"]\n",
                "#[doc = \"   x\"]\n",
                "#[doc = \" ~~~text\"]\n",
                "#[doc = \" <b>\"]\n",
                "#[doc = \" ~~~\"]\n",
            )
        );
    }

    #[test]
    fn a_fence_closes_only_with_its_own_marker() {
        // Inside a backtick fence a tilde line is text; a longer backtick run closes it.
        let doc = doc_attrs(Some("````\n~~~\n`````\n```rust"));
        assert!(doc.ends_with("#[doc = \" ```text\"]\n"), "{doc}");
        assert!(doc.contains("#[doc = \" ~~~\"]"), "{doc}");
    }

    #[test]
    fn invisible_characters_in_a_description_are_written_as_escapes() {
        // A lone `\r` is an error in a doc comment, a bidirectional override a denied lint.
        assert_eq!(
            doc_attrs(Some("a\rb\u{202e}c\td")),
            concat!(r#"#[doc = " a\\rb\\u{202e}c\td"]"#, "\n")
        );
    }

    #[test]
    fn an_example_a_raw_string_cannot_hold_becomes_an_escaped_literal() {
        assert_eq!(
            crate::raw_string(r##"{"a": "b\"#"}"##),
            r###"r##"{"a": "b\"#"}"##"###
        );
        assert_eq!(crate::raw_string("\"\u{202e}\r\""), r#""\"\u{202e}\r\"""#);
    }
}
