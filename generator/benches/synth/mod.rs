//! A deterministic synthesizer of Postman v2.1 collections for scale benches.
//!
//! Same arguments → byte-identical JSON: every choice comes from a self-written splitmix64
//! (no `rand`, whose streams may change with a version bump), objects keep insertion order
//! (serde_json `preserve_order`) and nothing iterates a hash map. Shapes follow real APIs:
//! folders of CRUD + sub-resource + action requests, saved examples whose bodies nest 3–4
//! levels, the same sub-objects (`address`, `money`, `audit`, user refs) in every resource,
//! optional and nullable keys that differ between examples, ints and floats under one key,
//! and error examples with one `{code, message, details}` envelope.

use std::io::{self, Write};

use serde_json::{Value, json};

mod requests;
use requests::item;

/// splitmix64: tiny and well mixed, so neighbouring seeds give unrelated streams.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A stream for one named part (a resource, a sub-resource), independent of how many
    /// requests came before it, so a resource's shape does not change with the collection size.
    fn derive(seed: u64, part: u64) -> Rng {
        let mut rng = Rng(seed ^ part.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        rng.next();
        rng
    }
}

const NOUNS: &[&str] = &[
    "users", "orders", "invoices", "products", "customers", "payments", "shipments", "accounts", "contacts", "leads",
    "deals", "tickets", "projects", "tasks", "teams", "webhooks", "subscriptions", "refunds", "coupons", "carts",
    "reviews", "warehouses", "vendors", "contracts", "campaigns", "documents", "events", "reports", "roles", "plans",
    "quotes", "assets",
];
const QUALIFIERS: &[&str] = &[
    "billing", "partner", "internal", "archived", "team", "shared", "draft", "recurring", "legacy", "regional",
    "vendor", "public", "sandbox", "bulk", "scheduled", "external", "tenant", "custom", "guest", "retail",
    "wholesale", "mobile", "premium",
];
const SUBS: &[&str] = &[
    "notes", "attachments", "comments", "labels", "members", "activities", "line-items", "versions", "permissions",
    "addresses", "reminders", "approvals",
];
const ACTIONS: &[&str] = &["archive", "restore", "clone", "approve", "cancel", "send", "lock", "unlock", "export", "verify"];
const STATUSES: &[&str] = &["active", "pending", "archived", "draft", "closed"];
const WORDS: &[&str] = &["alpha", "north", "quick", "silver", "prime", "delta", "ocean", "amber", "nova", "cedar"];
const CITIES: &[&str] = &["Berlin", "Lisbon", "Austin", "Osaka", "Chennai", "Toronto", "Nairobi", "Lyon"];
const COUNTRIES: &[&str] = &["DE", "PT", "US", "JP", "IN", "CA", "KE", "FR"];
const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "INR", "JPY"];

/// What a record field holds; the composite kinds are the shapes shared across resources.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Email,
    Int,
    Float,
    Bool,
    DateTime,
    Date,
    Status,
    Money,
    Address,
    UserRef,
    Tags,
    LineItems,
    Metadata,
}

const FIELD_POOL: &[(&str, Kind)] = &[
    ("description", Kind::Text), ("email", Kind::Email), ("quantity", Kind::Int), ("score", Kind::Float),
    ("active", Kind::Bool), ("due_at", Kind::DateTime), ("start_date", Kind::Date), ("total", Kind::Money),
    ("price", Kind::Money), ("billing_address", Kind::Address), ("shipping_address", Kind::Address),
    ("owner", Kind::UserRef), ("assignee", Kind::UserRef), ("tags", Kind::Tags), ("line_items", Kind::LineItems),
    ("metadata", Kind::Metadata), ("priority", Kind::Int), ("reference", Kind::Text), ("phone", Kind::Text),
    ("verified", Kind::Bool), ("expires_at", Kind::DateTime), ("discount_rate", Kind::Float), ("stage", Kind::Status),
];

#[derive(Clone, Copy)]
enum Presence {
    Always,
    /// Absent from about a third of the records.
    Optional,
    /// `null` in about a third of the records.
    Nullable,
}

/// A resource's record shape: chosen once per resource, reused by every example.
struct Schema {
    id_prefix: String,
    fields: Vec<(&'static str, Kind, Presence)>,
}

impl Schema {
    fn new(name: &str, rng: &mut Rng, extra: usize) -> Schema {
        let mut pool: Vec<usize> = (0..FIELD_POOL.len()).collect();
        let mut fields = Vec::new();
        for _ in 0..extra.min(pool.len()) {
            let (key, kind) = FIELD_POOL[pool.swap_remove(rng.below(pool.len()))];
            let presence = match rng.below(100) {
                0..70 => Presence::Always,
                70..85 => Presence::Optional,
                _ => Presence::Nullable,
            };
            fields.push((key, kind, presence));
        }
        let id_prefix = name.chars().filter(char::is_ascii_alphabetic).take(3).collect();
        Schema { id_prefix, fields }
    }

    fn record(&self, rng: &mut Rng, with_id: bool) -> Value {
        let mut record = serde_json::Map::new();
        if with_id {
            record.insert("id".into(), id(rng, &self.id_prefix).into());
        }
        record.insert("name".into(), format!("{} {}", rng.pick(WORDS), rng.below(1000)).into());
        record.insert("status".into(), rng.pick(STATUSES).into());
        for &(key, kind, presence) in &self.fields {
            match presence {
                Presence::Optional if rng.percent(33) => continue,
                Presence::Nullable if rng.percent(33) => record.insert(key.into(), Value::Null),
                _ => record.insert(key.into(), value(kind, rng)),
            };
        }
        if with_id {
            record.insert("audit".into(), audit(rng));
        }
        Value::Object(record)
    }
}

fn id(rng: &mut Rng, prefix: &str) -> String {
    format!("{prefix}_{:010x}", rng.next() >> 24)
}

fn date_time(rng: &mut Rng) -> String {
    let (m, d, h, min, s) = (rng.range(1, 12), rng.range(1, 28), rng.below(24), rng.below(60), rng.below(60));
    format!("202{}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}Z", rng.range(2, 5))
}

fn money(rng: &mut Rng) -> Value {
    // A third of the amounts are whole numbers, as APIs print them: the key must widen to f64.
    let amount: Value = if rng.percent(33) { (rng.below(5000) as u64).into() } else { (rng.below(500_000) as f64 / 100.0 + 0.01).into() };
    json!({ "amount": amount, "currency": rng.pick(CURRENCIES) })
}

fn user_ref(rng: &mut Rng) -> Value {
    let name = rng.pick(WORDS);
    json!({ "id": id(rng, "usr"), "name": name, "email": format!("{name}{}@example.com", rng.below(100)) })
}

fn audit(rng: &mut Rng) -> Value {
    json!({ "created_at": date_time(rng), "updated_at": date_time(rng), "created_by": user_ref(rng) })
}

fn value(kind: Kind, rng: &mut Rng) -> Value {
    match kind {
        Kind::Text => format!("{} {} {}", rng.pick(WORDS), rng.pick(WORDS), rng.below(100)).into(),
        Kind::Email => format!("{}{}@example.com", rng.pick(WORDS), rng.below(1000)).into(),
        Kind::Int => (rng.below(500) as u64).into(),
        Kind::Float => (rng.below(10_000) as f64 / 97.0).into(),
        Kind::Bool => rng.percent(50).into(),
        Kind::DateTime => date_time(rng).into(),
        Kind::Date => format!("2024-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28)).into(),
        Kind::Status => rng.pick(STATUSES).into(),
        Kind::Money => money(rng),
        Kind::Address => {
            let mut address = json!({
                "line1": format!("{} {} Street", rng.range(1, 999), rng.pick(WORDS)),
                "city": rng.pick(CITIES),
                "postal_code": format!("{:05}", rng.below(100_000)),
                "country": rng.pick(COUNTRIES),
                "geo": { "lat": (rng.below(18_000) as f64 - 9000.0) / 100.0, "lng": (rng.below(36_000) as f64 - 18_000.0) / 100.0 },
            });
            if rng.percent(40) {
                address["line2"] = format!("Suite {}", rng.range(1, 400)).into();
            }
            address
        }
        Kind::UserRef => user_ref(rng),
        Kind::Tags => (0..rng.below(4)).map(|_| Value::from(rng.pick(WORDS))).collect(),
        Kind::LineItems => (0..rng.range(1, 3))
            .map(|_| json!({ "sku": id(rng, "sku"), "quantity": rng.range(1, 20), "unit_price": money(rng) }))
            .collect(),
        Kind::Metadata => json!({ "source": rng.pick(&["api", "import", "web"]), "version": rng.below(9), "flags": { "beta": rng.percent(30), "internal": rng.percent(10) } }),
    }
}

/// One request of a folder: what it does decides its method, URL, body and example bodies.
#[derive(Clone, Copy)]
enum Endpoint {
    List,
    Create,
    Get,
    Replace,
    Update,
    Delete,
    SubList(usize),
    SubCreate(usize),
    SubGet(usize),
    SubDelete(usize),
    Action(&'static str),
}

/// The `index`-th resource name: plain nouns first, then qualified ones, so any count is distinct.
fn resource_name(index: usize) -> String {
    let noun = NOUNS[index % NOUNS.len()];
    let rest = index / NOUNS.len();
    match rest {
        0 => noun.to_owned(),
        _ if rest <= QUALIFIERS.len() => format!("{}-{noun}", QUALIFIERS[rest - 1]),
        _ => format!("{}-{}-{noun}", QUALIFIERS[(rest - 1) / QUALIFIERS.len() % QUALIFIERS.len()], QUALIFIERS[(rest - 1) % QUALIFIERS.len()]),
    }
}

fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = plural.strip_suffix("sses") {
        format!("{stem}ss")
    } else {
        plural.strip_suffix('s').unwrap_or(plural).to_owned()
    }
}

struct Folder {
    name: String,
    schema: Schema,
    endpoints: Vec<Endpoint>,
}

fn folder(seed: u64, index: usize, rng: &mut Rng) -> Folder {
    let name = resource_name(index);
    let schema = Schema::new(&name, &mut Rng::derive(seed, index as u64), 6 + index % 7);
    let mut endpoints = vec![Endpoint::List, Endpoint::Create, Endpoint::Get, Endpoint::Replace, Endpoint::Update, Endpoint::Delete];
    let first_sub = rng.below(SUBS.len());
    for sub in (0..4).map(|k| (first_sub + k * 5) % SUBS.len()) {
        endpoints.extend([Endpoint::SubList(sub), Endpoint::SubCreate(sub), Endpoint::SubGet(sub), Endpoint::SubDelete(sub)]);
    }
    let first_action = rng.below(ACTIONS.len());
    endpoints.extend((0..8).map(|k| Endpoint::Action(ACTIONS[(first_action + k * 3) % ACTIONS.len()])));
    endpoints.truncate(rng.range(10, 30));
    Folder { name, schema, endpoints }
}

/// The shapes of one sub-resource are the same under every parent, as in real APIs.
fn sub_schema(seed: u64, sub: usize) -> Schema {
    Schema::new(SUBS[sub], &mut Rng::derive(seed, 1_000_000 + sub as u64), 3)
}

const SCHEMA_URL: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// The collection as one value (handy for small sizes and the determinism check).
pub fn collection(requests: usize, examples_per_request: usize, seed: u64) -> Value {
    let mut items = Vec::new();
    folders(requests, examples_per_request, seed, |folder| {
        items.push(folder);
        Ok(())
    })
    .expect("building in memory cannot fail");
    let mut value = head(seed);
    value["item"] = Value::Array(items);
    value
}

/// The same bytes as `serde_json::to_writer(collection(..))`, one folder in memory at a time,
/// so a 20,000-request collection does not need its whole tree built first.
pub fn write_collection(out: &mut impl Write, requests: usize, examples_per_request: usize, seed: u64) -> io::Result<()> {
    let head = serde_json::to_string(&head(seed))?;
    out.write_all(head.strip_suffix('}').unwrap_or(&head).as_bytes())?;
    out.write_all(b",\"item\":[")?;
    let mut first = true;
    folders(requests, examples_per_request, seed, |folder| {
        if !std::mem::take(&mut first) {
            out.write_all(b",")?;
        }
        Ok(serde_json::to_writer(&mut *out, &folder)?)
    })?;
    out.write_all(b"]}")
}

fn head(seed: u64) -> Value {
    json!({
        "info": { "_postman_id": format!("synth-{seed}"), "name": "Synth API", "schema": SCHEMA_URL },
        "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{token}}", "type": "string" }] },
        "variable": [{ "key": "baseUrl", "value": "https://api.example.com" }, { "key": "token", "value": "" }],
    })
}

fn folders(requests: usize, examples: usize, seed: u64, mut sink: impl FnMut(Value) -> io::Result<()>) -> io::Result<()> {
    let mut rng = Rng::new(seed);
    let subs: Vec<Schema> = (0..SUBS.len()).map(|sub| sub_schema(seed, sub)).collect();
    let (mut made, mut index) = (0, 0);
    while made < requests {
        let mut folder = folder(seed, index, &mut rng);
        folder.endpoints.truncate(requests - made);
        made += folder.endpoints.len();
        index += 1;
        let items: Vec<Value> = folder.endpoints.iter().map(|&e| item(&folder, &subs, e, examples, &mut rng)).collect();
        sink(json!({ "name": folder.name.replace('-', " "), "description": format!("Manage {}.", folder.name), "item": items }))?;
    }
    Ok(())
}
