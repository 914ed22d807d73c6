//! The stateful mode: resources live in memory, so what a client creates it can get, list,
//! change and delete afterwards. [`Stateful`] answers the operations the [`rules`] place,
//! after the server's conventions (authentication, sudo, validation) have run; every other
//! operation answers its documented example.

use std::collections::BTreeMap;
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::{BufMut, Bytes, BytesMut};
use gitlab_server_support::{
    ApiError, Input, Intercept, Location, OperationSpec, Paging, RawJson, Reply, ReplyBody, Total,
    empty_response, json_response, paginated_response,
};
use serde_json::{Map, Value};

mod fields;
mod filter;
mod rules;
mod seed;
mod store;

pub use seed::Seed;

use fields::Context;
use filter::Query;
use rules::{Action, Resource, Rule, Rules};
use store::{Collection, Item, Place, Store, key_text, text_of};

/// Stored items at most, by default: creating more answers 507.
pub const DEFAULT_MAX_ITEMS: usize = 100_000;

/// Parameters that are conventions (credentials, sudo, paging), never fields of an item nor
/// filters of a list.
const CONVENTIONS: [&str; 7] = [
    "sudo",
    "private_token",
    "access_token",
    "job_token",
    "page",
    "per_page",
    "pagination",
];

/// The in-memory store and the rules that say which operations use it.
#[derive(Debug)]
pub struct Stateful {
    /// What the document says about each operation.
    rules: Rules,
    /// The items.
    store: RwLock<Store>,
    /// The items after seeding, which [`Stateful::reset`] goes back to.
    seeded: Store,
    /// Stored items at most.
    max_items: usize,
}

/// Where a request's collection is, and its innermost parent when the store keeps it.
struct Located {
    /// The collection.
    place: Place,
    /// The parent's resource, collection and position in it.
    parent: Option<(usize, Place, usize)>,
}

impl Stateful {
    /// The rules of `document` (an OpenAPI document such as [`crate::published_document`])
    /// with `seed` stored, keeping at most `max_items` items.
    ///
    /// # Errors
    /// When `seed` names a collection the rules do not keep.
    pub fn new(document: &Value, seed: &Seed, max_items: usize) -> Result<Self, String> {
        let rules = Rules::infer(document);
        let mut store = Store::default();
        for (name, items) in seed.in_order() {
            let Some(resource) = rules.resource_at(&format!("/{name}")) else {
                let known: Vec<&str> = rules
                    .resources
                    .iter()
                    .filter(|r| r.parents.is_empty())
                    .map(|r| r.segment.as_str())
                    .collect();
                return Err(format!(
                    "the seed names `{name}`, which is not a top-level collection the mock \
                     keeps; those are: {}",
                    known.join(", ")
                ));
            };
            for fields in items {
                seed_item(&rules, &mut store, resource, fields);
            }
        }
        Ok(Self {
            rules,
            seeded: store.clone(),
            store: RwLock::new(store),
            max_items,
        })
    }

    /// The rules of the published document ([`crate::published_document`]) with `seed` stored.
    ///
    /// # Errors
    /// When `seed` names a collection the rules do not keep.
    pub fn published(seed: &Seed, max_items: usize) -> Result<Self, String> {
        Self::new(crate::published_document(), seed, max_items)
    }

    /// How many operations keep state, and how many the document has in all.
    #[must_use]
    pub fn counts(&self) -> (usize, usize) {
        (self.rules.by_operation.len(), self.rules.operations)
    }

    /// Empties the store back to the seed.
    pub fn reset(&self) {
        *self.write() = self.seeded.clone();
    }

    /// Every stored item, by the path of its collection (`/projects/1/issues`), as JSON.
    #[must_use]
    pub fn state(&self) -> Value {
        let store = self.read();
        let mut collections: BTreeMap<String, Value> = BTreeMap::new();
        for (place, collection) in &store.collections {
            if collection.items.is_empty() {
                continue;
            }
            let path = self.path_of(place);
            let items = collection
                .items
                .iter()
                .map(|item| Value::Object(item.value.clone()))
                .collect();
            collections.insert(path, Value::Array(items));
        }
        Value::Object(collections.into_iter().collect())
    }

    /// The path of the collection at `place`: `/projects/1/issues`.
    fn path_of(&self, place: &Place) -> String {
        let mut path = String::new();
        let mut parents = place.parents.iter();
        for (index, part) in self.rules.resources[place.resource]
            .collection
            .split("{}")
            .enumerate()
        {
            if index > 0 {
                path.push_str(parents.next().map_or("", String::as_str));
            }
            path.push_str(part);
        }
        path
    }

    fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers `input` by `rule`.
    fn run(&self, rule: &Rule, spec: &OperationSpec, input: &Input) -> Result<Response, ApiError> {
        let resource = &self.rules.resources[rule.resource];
        let texts: Vec<String> = rule
            .params
            .iter()
            .map(|name| input.values.get(name).and_then(text_of).unwrap_or_default())
            .collect();
        let item_text = texts.get(resource.parents.len()).map_or("", String::as_str);
        let not_found = || ApiError::NotFound(resource.name.clone());
        match rule.action {
            Action::Create => self.create(rule.resource, spec, input, &texts),
            Action::Get => {
                let store = self.read();
                let place = self.locate(&store, rule.resource, &texts)?.place;
                let item = store
                    .find(&place, resource, item_text)
                    .ok_or_else(not_found)?;
                Ok(json(spec, item.json.clone()))
            }
            Action::List => {
                let store = self.read();
                let place = self.locate(&store, rule.resource, &texts)?.place;
                Ok(list(spec, input, store.items(&place)))
            }
            Action::Update => {
                let mut store = self.write();
                let located = self.locate(&store, rule.resource, &texts)?;
                let at = store
                    .position(&located.place, resource, item_text)
                    .ok_or_else(not_found)?;
                let mut value = store.items(&located.place)[at].value.clone();
                let sent = sent_fields(spec, input);
                fields::update(
                    resource,
                    &mut value,
                    &sent,
                    &self.context(&store, input, None),
                );
                let item = Item::new(value);
                let answer = json(spec, item.json.clone());
                store.replace(&located.place, at, item);
                Ok(answer)
            }
            Action::Delete { body } => {
                let mut store = self.write();
                let place = self.locate(&store, rule.resource, &texts)?.place;
                let removed = store
                    .remove(&place, resource, item_text)
                    .ok_or_else(not_found)?;
                if let Some(key) = key_text(resource, &removed.value) {
                    self.remove_children(&mut store, &place, &key);
                }
                Ok(if body {
                    json(spec, removed.json)
                } else {
                    empty_response(spec, Reply::new(()))
                })
            }
        }
    }

    /// `POST` on a collection: a new item from the sent fields over the example.
    fn create(
        &self,
        index: usize,
        spec: &OperationSpec,
        input: &Input,
        texts: &[String],
    ) -> Result<Response, ApiError> {
        let resource = &self.rules.resources[index];
        let mut store = self.write();
        if store.count >= self.max_items {
            return Ok(insufficient_storage());
        }
        let located = self.locate(&store, index, texts)?;
        let sent = sent_fields(spec, input);
        let unsent: Vec<&str> = spec
            .params
            .iter()
            .filter(|param| param.location == Location::Body && !sent.contains_key(param.key))
            .map(|param| param.key)
            .collect();
        let ids = allocate(&mut store, resource, &located.place, &sent);
        let parent = located.parent.as_ref().map(|(index, place, at)| {
            (
                &self.rules.resources[*index],
                &store.items(place)[*at].value,
            )
        });
        let mut context = self.context(&store, input, parent);
        context.collection = self.path_of(&located.place);
        let item = Item::new(fields::create(resource, &sent, &unsent, ids, &context));
        let answer = json(spec, item.json.clone());
        store.insert(located.place, item);
        Ok(answer)
    }

    /// Finds the collection the path's parameters name, checking that each parent the store
    /// keeps exists (else GitLab's 404 for it, such as `404 Project Not Found`).
    fn locate(&self, store: &Store, index: usize, texts: &[String]) -> Result<Located, ApiError> {
        let resource = &self.rules.resources[index];
        let mut keys = Vec::with_capacity(resource.parents.len());
        let mut parent = None;
        for (slot, owner) in resource.parents.iter().enumerate() {
            let text = texts.get(slot).map_or("", String::as_str);
            parent = None;
            let Some(owner) = *owner else {
                keys.push(text.to_owned());
                continue;
            };
            let owner_resource = &self.rules.resources[owner];
            let place = Place {
                resource: owner,
                parents: keys.clone(),
            };
            let at = store
                .position(&place, owner_resource, text)
                .ok_or_else(|| ApiError::NotFound(owner_resource.name.clone()))?;
            let key = key_text(owner_resource, &store.items(&place)[at].value)
                .unwrap_or_else(|| text.to_owned());
            keys.push(key);
            parent = Some((owner, place, at));
        }
        Ok(Located {
            place: Place {
                resource: index,
                parents: keys,
            },
            parent,
        })
    }

    /// What creating or changing an item may look at: the caller's stored user, the users
    /// and groups, and the parent.
    fn context<'a>(
        &self,
        store: &'a Store,
        input: &Input,
        parent: Option<(&'a Resource, &'a Map<String, Value>)>,
    ) -> Context<'a> {
        let users = top_level(&self.rules, store, "/users");
        let caller = input.caller.as_ref().and_then(|caller| {
            let id = caller.user.id.to_string();
            users?
                .items
                .iter()
                .find(|user| user.value.get("id").and_then(text_of).as_deref() == Some(&id))
                .map(|user| &user.value)
        });
        Context {
            now: now(),
            caller,
            users,
            groups: top_level(&self.rules, store, "/groups"),
            parent,
            collection: String::new(),
        }
    }

    /// Removes what lived under a removed item: a deleted project's issues go with it.
    fn remove_children(&self, store: &mut Store, place: &Place, key: &str) {
        let depth = place.parents.len();
        let mut removed = 0;
        store.collections.retain(|child, collection| {
            let under = child.parents.len() > depth
                && child.parents[..depth] == place.parents[..]
                && child.parents[depth] == key
                && self.rules.resources[child.resource].parents.get(depth)
                    == Some(&Some(place.resource));
            if under {
                removed += collection.items.len();
            }
            !under
        });
        store.count -= removed;
    }
}

impl Intercept for Stateful {
    fn answer(&self, spec: &'static OperationSpec, input: &Input) -> Option<Response> {
        let rule = self.rules.by_operation.get(spec.id)?;
        Some(
            self.run(rule, spec, input)
                .unwrap_or_else(|error| error.respond(spec.conventions)),
        )
    }
}

/// Stores one seed item of the top-level `resource`.
fn seed_item(rules: &Rules, store: &mut Store, index: usize, fields: &Map<String, Value>) {
    let resource = &rules.resources[index];
    let place = Place {
        resource: index,
        parents: Vec::new(),
    };
    let ids = allocate(store, resource, &place, fields);
    let context = Context {
        now: now(),
        caller: None,
        users: top_level(rules, store, "/users"),
        groups: top_level(rules, store, "/groups"),
        parent: None,
        collection: resource.collection.clone(),
    };
    let item = Item::new(fields::create(resource, fields, &[], ids, &context));
    store.insert(place, item);
}

/// The items of the top-level collection at `path` (`/users`), if the rules keep it and it
/// holds any.
fn top_level<'a>(rules: &Rules, store: &'a Store, path: &str) -> Option<&'a Collection> {
    store.collections.get(&Place {
        resource: rules.resource_at(path)?,
        parents: Vec::new(),
    })
}

/// The `id` and `iid` of a new item, where its example has them: the sent ones (kept out of
/// the sequences), else the next of the sequence.
fn allocate(
    store: &mut Store,
    resource: &Resource,
    place: &Place,
    sent: &Map<String, Value>,
) -> (Option<u64>, Option<u64>) {
    let id = resource
        .example
        .get("id")
        .filter(|id| id.is_number())
        .map(|_| match sent.get("id").and_then(Value::as_u64) {
            Some(id) => {
                store.note_id(&resource.schema, id);
                id
            }
            None => store.next_id(&resource.schema),
        });
    let iid = resource
        .example
        .get("iid")
        .map(|_| match sent.get("iid").and_then(Value::as_u64) {
            Some(iid) => {
                store.note_iid(place, iid);
                iid
            }
            None => store.next_iid(place),
        });
    (id, iid)
}

/// The fields a request sent: its body and query parameters, less the conventions.
fn sent_fields(spec: &OperationSpec, input: &Input) -> Map<String, Value> {
    spec.params
        .iter()
        .filter(|param| matches!(param.location, Location::Body | Location::Query))
        .filter(|param| !CONVENTIONS.contains(&param.key))
        .filter_map(|param| {
            input
                .values
                .get(param.key)
                .map(|value| (param.key.to_owned(), value.clone()))
        })
        .collect()
}

/// The requested page of `items`, selected and ordered as the query asks, with GitLab's
/// pagination headers.
fn list(spec: &OperationSpec, input: &Input, items: &[Item]) -> Response {
    let query = Query::new(
        spec.params
            .iter()
            .filter(|param| param.location == Location::Query)
            .filter_map(|param| input.values.get(param.key).map(|v| (param.key, v))),
        spec.params
            .iter()
            .any(|param| param.key == "order_by" || param.key == "sort"),
    );
    let selected = query.select(items);
    if input.page.keyset {
        let all = selected
            .iter()
            .map(|item| Value::Object(item.value.clone()))
            .collect();
        return paginated_response(spec, input, Reply::list(all));
    }
    let positions = input.page.positions();
    let page = selected.iter().skip(positions.start).take(positions.len());
    let mut body =
        BytesMut::with_capacity(2 + page.clone().map(|i| i.json.len() + 1).sum::<usize>());
    body.put_u8(b'[');
    for (index, item) in page.enumerate() {
        if index > 0 {
            body.put_u8(b',');
        }
        body.put_slice(&item.json);
    }
    body.put_u8(b']');
    let reply = Reply {
        status: None,
        headers: Vec::new(),
        body: ReplyBody::<Vec<()>>::Raw(RawJson::from_serialized(body.freeze())),
        paging: Paging::Page(Total::Known(selected.len() as u64)),
    };
    paginated_response(spec, input, reply)
}

/// One item as the operation's JSON answer.
fn json(spec: &OperationSpec, json: Bytes) -> Response {
    json_response(spec, Reply::<()>::raw(RawJson::from_serialized(json)))
}

/// The answer when the store is full.
fn insufficient_storage() -> Response {
    (
        StatusCode::INSUFFICIENT_STORAGE,
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"message":"507 Insufficient Storage"}"#,
    )
        .into_response()
}

/// The current time as GitLab writes it: `2026-12-03T10:15:30.123Z`.
fn now() -> String {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let seconds = i64::try_from(since.as_secs()).unwrap_or(i64::MAX);
    chrono::DateTime::from_timestamp(seconds, since.subsec_nanos())
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
