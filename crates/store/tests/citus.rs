//! The path to a distributed PostgreSQL (Citus): `scripts/citus/distribute.sql` must fit the
//! schema the migrations make. Citus is not installed here, so this checks the rules Citus
//! enforces, on the real migrated schema: every table has a place in the plan, a distributed
//! table carries `creditor_id` in every unique index and in every foreign key to another
//! distributed table, takes no ids from a sequence, and comes after what it points to.

use std::collections::{BTreeMap, BTreeSet};
use store::DbTarget;
use store::testing::TestDb;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Distributed,
    Reference,
    Local,
}

/// The plan's tables in order, with where each goes.
fn plan() -> Vec<(String, Place)> {
    let text = include_str!("../../../scripts/citus/distribute.sql");
    let quoted = |line: &str| line.split('\'').nth(1).map(str::to_string);
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(table) = line.strip_prefix("-- local: ") {
            out.push((table.trim().to_string(), Place::Local));
        } else if line.starts_with("SELECT create_reference_table(") {
            out.push((quoted(line).expect("a table name"), Place::Reference));
        } else if line.starts_with("SELECT create_distributed_table(") {
            assert!(line.contains("'creditor_id'"), "distributed by something else than creditor_id: {line}");
            out.push((quoted(line).expect("a table name"), Place::Distributed));
        }
    }
    out
}

/// The column list of `(a, b)` in a definition, after `marker`.
fn columns(def: &str, marker: &str) -> Vec<String> {
    let rest = &def[def.find(marker).map_or(0, |i| i + marker.len())..];
    let inner = rest.split_once('(').and_then(|(_, r)| r.split_once(')')).map_or("", |(cols, _)| cols);
    inner.split(',').map(|c| c.trim().trim_matches('"').to_string()).collect()
}

#[tokio::test]
async fn the_schema_is_ready_to_distribute_by_creditor() {
    let db = TestDb::postgres().await;
    let DbTarget::Postgres(url) = &db.target else { unreachable!("a PostgreSQL test database") };
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    let plan = plan();
    let place: BTreeMap<&str, Place> = plan.iter().map(|(t, p)| (t.as_str(), *p)).collect();
    let order: BTreeMap<&str, usize> = plan.iter().enumerate().map(|(i, (t, _))| (t.as_str(), i)).collect();
    assert_eq!(place.len(), plan.len(), "a table is listed twice in distribute.sql");

    let tables: BTreeSet<String> =
        sqlx::query_scalar("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()")
            .fetch_all(&pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    for t in &tables {
        assert!(place.contains_key(t.as_str()), "table {t} is not in scripts/citus/distribute.sql: give it a place");
    }
    for (t, _) in &plan {
        assert!(tables.contains(t), "distribute.sql names {t}, which the schema does not have");
    }
    let distributed = |t: &str| place.get(t) == Some(&Place::Distributed);

    // The distribution column: present, and of one type everywhere (colocation needs it), the
    // type of creditors.id.
    let types: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND (column_name = 'creditor_id' OR (table_name = 'creditors' AND column_name = 'id'))",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let typed: BTreeMap<&str, &str> = types.iter().map(|(t, ty)| (t.as_str(), ty.as_str())).collect();
    for (t, p) in &plan {
        if *p == Place::Distributed {
            assert_eq!(
                typed.get(t.as_str()),
                typed.get("creditors"),
                "{t}.creditor_id must exist with creditors.id's type"
            );
        }
    }

    // Every unique index (primary keys and unique constraints too) of a distributed table
    // includes creditor_id: Citus can only enforce uniqueness within one shard.
    let unique: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.relname::text, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND i.indisunique",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(unique.iter().any(|(t, _)| t == "ledger_entries"), "the catalogue query sees the schema");
    for (t, def) in unique.iter().filter(|(t, _)| distributed(t)) {
        assert!(
            columns(def, " USING ").contains(&"creditor_id".to_string()),
            "{t}: unique index without creditor_id: {def}"
        );
    }

    // Foreign keys: between distributed tables they include creditor_id on both sides; none
    // points from a reference or local table into a distributed one; the target comes first.
    let keys: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT k.conrelid::regclass::text, k.confrelid::regclass::text, pg_get_constraintdef(k.oid) FROM pg_constraint k \
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND k.contype = 'f'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(keys.len() > 20, "the catalogue query sees the foreign keys");
    for (from, to, def) in &keys {
        if distributed(to) {
            assert!(distributed(from), "{from} is not distributed but points into {to}: {def}");
            let (own, theirs) = (columns(def, "FOREIGN KEY"), columns(def, "REFERENCES"));
            let at = own.iter().position(|c| c == "creditor_id");
            assert!(
                at.is_some() && theirs.get(at.unwrap_or(0)).map(String::as_str) == Some("creditor_id"),
                "{from} → {to} without creditor_id on both sides: {def}"
            );
        }
        assert!(order[from.as_str()] > order[to.as_str()], "distribute.sql must place {to} before {from} ({def})");
    }

    // No ids from sequences or identity columns in distributed tables: Purr numbers each
    // creditor's rows itself (id_counters), so no node needs another's counter.
    let sequenced: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema() \
         AND (column_default LIKE 'nextval%' OR is_identity = 'YES')",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for (t, c) in sequenced.iter().filter(|(t, _)| distributed(t)) {
        panic!("{t}.{c} takes its value from a sequence; distributed tables number rows per creditor");
    }
    pool.close().await;
    db.finish().await;
}
