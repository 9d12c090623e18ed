//! Staff users and sessions on both backends: one creditor's users and sessions are never
//! found from another creditor, e-mail addresses are unique per creditor, sessions expire.

use crate::fixtures::se_creditor;
use store::{Actor, ActorKind, AddUserOutcome, AuditFilter, Role, both_backends};

fn cli() -> Actor {
    Actor { kind: ActorKind::Cli, name: "test".into() }
}

both_backends! {
    async fn users_and_sessions_stay_with_their_creditor(store) {
        let a = store.create_creditor(&se_creditor()).await.unwrap().id;
        let b = store.create_creditor(&se_creditor()).await.unwrap().id;
        let AddUserOutcome::Created(anna) = store.add_staff_user(a, " Anna@Example.se ", "hash-a", Role::Agent, &cli()).await.unwrap() else {
            panic!("first add creates")
        };
        assert_eq!(anna.email, "anna@example.se");
        assert!(matches!(
            store.add_staff_user(a, "ANNA@example.se", "other", Role::Admin, &cli()).await.unwrap(),
            AddUserOutcome::EmailTaken(u) if u.id == anna.id && u.role == Role::Agent
        ));
        // The same address at another creditor is another user.
        assert!(matches!(store.add_staff_user(b, "anna@example.se", "hash-b", Role::ReadOnly, &cli()).await.unwrap(), AddUserOutcome::Created(_)));
        assert!(store.add_staff_user(a, "not an address", "h", Role::Agent, &cli()).await.is_err());

        let (found, hash) = store.staff_user_for_login(a, "anna@EXAMPLE.se").await.unwrap().unwrap();
        assert_eq!((found.id, hash.as_str()), (anna.id, "hash-a"));
        assert_eq!(store.staff_user_for_login(b, "anna@example.se").await.unwrap().unwrap().1, "hash-b");
        assert_eq!(store.staff_users(a).await.unwrap().len(), 1);

        store.create_staff_session(a, "tok", anna.id, "csrf", "2999-01-01T00:00:00Z").await.unwrap();
        let now = "2026-01-01T00:00:00Z";
        let session = store.staff_session(a, "tok", now).await.unwrap().unwrap();
        assert_eq!((session.user.id, session.csrf_token.as_str()), (anna.id, "csrf"));
        assert!(store.staff_session(b, "tok", now).await.unwrap().is_none(), "a session is found only under its creditor");
        assert!(store.staff_session(a, "tok", "3000-01-01T00:00:00Z").await.unwrap().is_none(), "expired");
        store.delete_staff_session(a, "tok").await.unwrap();
        assert!(store.staff_session(a, "tok", now).await.unwrap().is_none(), "signed out");

        let trail = store.audit_log(a, &AuditFilter { limit: 10, ..Default::default() }).await.unwrap();
        assert_eq!(trail.len(), 1, "one user added at creditor a (the refused repeat wrote nothing)");
        assert_eq!((trail[0].action.as_str(), trail[0].subject_id.as_str()), ("user.add", anna.id.to_string().as_str()));
        assert_eq!(trail[0].after.as_ref().unwrap()["role"], "agent");
    }
}
