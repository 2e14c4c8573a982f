//! The runtime side of the enums that stand for a base type and the types derived from it.
//!
//! JSON says which derived type an object is through its `@odata.type` member
//! (`"#microsoft.graph.win32LobApp"`). The generated `Any...` enum's `Deserialize` (from
//! [`__polymorphic!`](crate::__polymorphic)) reads the whole object into a [`Map`] with
//! [`deserialize_map`], picks a variant with [`dispatch_key`], and reads that variant's struct from
//! the map with [`from_map`].

use serde::Deserializer;
use serde::de::{self, DeserializeOwned, Error as _, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The JSON member that names an object's type.
const ODATA_TYPE: &str = "@odata.type";

/// Reads a JSON object into a map, for the polymorphic enum of the base type `name` (the doc's
/// name, for the error message). A duplicate member is an error, as it is for a generated struct.
pub fn deserialize_map<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
) -> Result<Map<String, Value>, D::Error> {
    deserializer.deserialize_map(MapVisitor { name })
}

/// The type an object says it is: its `@odata.type` member if that is a string, without a
/// leading `#` (`microsoft.graph.win32LobApp`). `None` if the member is missing or not a string.
pub fn dispatch_key(map: &Map<String, Value>) -> Option<&str> {
    let key = map.get(ODATA_TYPE)?.as_str()?;
    Some(key.strip_prefix('#').unwrap_or(key))
}

/// Whether `key` (from [`dispatch_key`]) names the type `name` (`microsoft.graph.win32LobApp`):
/// names are compared ignoring ASCII case.
pub fn is_type(key: Option<&str>, name: &str) -> bool {
    key.is_some_and(|key| key.eq_ignore_ascii_case(name))
}

/// Deserializes `T` from an object read by [`deserialize_map`], reporting a failure as an error
/// of the outer deserializer.
pub fn from_map<T: DeserializeOwned, E: de::Error>(map: Map<String, Value>) -> Result<T, E> {
    serde_json::from_value(Value::Object(map)).map_err(E::custom)
}

struct MapVisitor {
    name: &'static str,
}

impl<'de> Visitor<'de> for MapVisitor {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object: a `{}` or a type derived from it", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = Map::new();
        while let Some(name) = access.next_key::<String>()? {
            let member: Value = access.next_value()?;
            match map.entry(name) {
                serde_json::map::Entry::Vacant(slot) => {
                    slot.insert(member);
                }
                serde_json::map::Entry::Occupied(slot) => {
                    let name = slot.key();
                    return Err(A::Error::custom(format_args!("duplicate field `{name}`")));
                }
            }
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    /// A base type.
    #[derive(Clone, PartialEq, Default)]
    pub struct MobileApp {
        /// `@odata.type`
        pub odata_type: Option<String>,
        /// `id`
        pub id: Option<String>,
        /// `displayName`
        pub display_name: Option<String>,
        /// The rest.
        pub extra: crate::Extra,
    }
    crate::__private::object! {
        MobileApp, "mobileApp", extra, [0 odata_type "@odata.type" value, 1 id "id" value,
        2 display_name "displayName" value]
    }

    /// A derived type.
    #[derive(Clone, PartialEq, Default)]
    pub struct Win32LobApp {
        /// `@odata.type`
        pub odata_type: Option<String>,
        /// `id`
        pub id: Option<String>,
        /// `displayName`
        pub display_name: Option<String>,
        /// `fileName`
        pub file_name: Option<String>,
        /// `size`
        pub size: Option<i64>,
        /// The rest.
        pub extra: crate::Extra,
    }
    crate::__private::object! {
        Win32LobApp, "win32LobApp", extra, [0 odata_type "@odata.type" value, 1 id "id" value,
        2 display_name "displayName" value, 3 file_name "fileName" value, 4 size "size" value]
    }

    /// Another derived type.
    #[derive(Clone, PartialEq, Default)]
    pub struct IosLobApp {
        /// `@odata.type`
        pub odata_type: Option<String>,
        /// `id`
        pub id: Option<String>,
        /// `displayName`
        pub display_name: Option<String>,
        /// `bundleId`
        pub bundle_id: Option<String>,
        /// The rest.
        pub extra: crate::Extra,
    }
    crate::__private::object! {
        IosLobApp, "iosLobApp", extra, [0 odata_type "@odata.type" value, 1 id "id" value,
        2 display_name "displayName" value, 3 bundle_id "bundleId" value]
    }

    /// A `mobileApp` or a type derived from it.
    #[derive(Debug, Clone, PartialEq)]
    // Derived types' names often share a suffix with the base's (`...App`): generated code needs
    // this too.
    #[allow(clippy::enum_variant_names)]
    pub enum AnyMobileApp {
        /// The base type, and any object whose `@odata.type` names no type listed here.
        MobileApp(MobileApp),
        /// `win32LobApp`
        Win32LobApp(Win32LobApp),
        /// `iosLobApp`
        IosLobApp(IosLobApp),
    }
    crate::__private::polymorphic! {
        AnyMobileApp, MobileApp, [Win32LobApp "microsoft.graph.win32LobApp",
        IosLobApp "microsoft.graph.iosLobApp",]
    }

    /// A base type with no derived type listed: the enum has only the base variant.
    #[derive(Debug, Clone, PartialEq)]
    pub enum AnyLonely {
        /// The base type.
        MobileApp(MobileApp),
    }
    crate::__private::polymorphic! { AnyLonely, MobileApp, [] }

    fn read(value: &Value) -> AnyMobileApp {
        serde_json::from_value(value.clone()).unwrap()
    }

    fn write(app: &AnyMobileApp) -> Value {
        serde_json::to_value(app).unwrap()
    }

    #[test]
    fn dispatch_key_strips_hash_and_ignores_non_strings() {
        let key = |value: Value| {
            let Value::Object(map) = value else {
                unreachable!()
            };
            super::dispatch_key(&map).map(str::to_owned)
        };
        assert_eq!(
            key(json!({"@odata.type": "#microsoft.graph.x"})).as_deref(),
            Some("microsoft.graph.x")
        );
        assert_eq!(
            key(json!({"@odata.type": "microsoft.graph.x"})).as_deref(),
            Some("microsoft.graph.x")
        );
        assert_eq!(key(json!({"@odata.type": 3})), None);
        assert_eq!(key(json!({"@odata.type": null})), None);
        assert_eq!(key(json!({"id": "1"})), None);
        assert!(super::is_type(
            Some("Microsoft.Graph.X"),
            "microsoft.graph.x"
        ));
        assert!(!super::is_type(None, "microsoft.graph.x"));
    }

    #[test]
    fn derived_type_becomes_its_variant() {
        let json = json!({
            "@odata.type": "#microsoft.graph.win32LobApp",
            "id": "a1",
            "displayName": "Tool",
            "fileName": "tool.msi",
            "size": 42,
            "somethingNew": [1, 2]
        });
        let app = read(&json);
        let AnyMobileApp::Win32LobApp(win32) = &app else {
            panic!("not a win32LobApp: {app:?}")
        };
        assert_eq!(win32.id.as_deref(), Some("a1"));
        assert_eq!(win32.display_name.as_deref(), Some("Tool"));
        assert_eq!(win32.file_name.as_deref(), Some("tool.msi"));
        assert_eq!(win32.size, Some(42));
        assert_eq!(win32.extra.get("somethingNew"), Some(json!([1, 2])));
        assert_eq!(app.odata_type(), Some("#microsoft.graph.win32LobApp"));
        assert_eq!(write(&app), json);

        let json = json!({"@odata.type": "#microsoft.graph.iosLobApp", "bundleId": "com.x"});
        let app = read(&json);
        let AnyMobileApp::IosLobApp(ios) = &app else {
            panic!("not an iosLobApp: {app:?}")
        };
        assert_eq!(ios.bundle_id.as_deref(), Some("com.x"));
        assert_eq!(write(&app), json);
    }

    #[test]
    fn type_names_match_ignoring_case_and_hash() {
        for odata_type in [
            "#MICROSOFT.GRAPH.WIN32LOBAPP",
            "#microsoft.graph.Win32LobApp",
            "microsoft.graph.win32lobapp",
        ] {
            let json = json!({"@odata.type": odata_type, "fileName": "a.msi"});
            let app = read(&json);
            let AnyMobileApp::Win32LobApp(win32) = &app else {
                panic!("{odata_type}: not a win32LobApp: {app:?}")
            };
            assert_eq!(win32.file_name.as_deref(), Some("a.msi"));
            // What was read is written back, spelling included.
            assert_eq!(app.odata_type(), Some(odata_type));
            assert_eq!(write(&app), json);
        }
    }

    #[test]
    fn unknown_or_missing_type_is_the_base_and_loses_nothing() {
        for json in [
            json!({
                "@odata.type": "#microsoft.graph.macOSLobApp",
                "id": "m1",
                "fileName": "tool.pkg",
                "size": 7
            }),
            json!({"id": "m1", "fileName": "tool.pkg", "size": 7}),
            // A name that only ends like a listed one is not that type.
            json!({"@odata.type": "#other.win32LobApp", "id": "m1", "fileName": "tool.pkg"}),
            json!({}),
        ] {
            let app = read(&json);
            let AnyMobileApp::MobileApp(base) = &app else {
                panic!("not the base: {app:?}")
            };
            if json.get("id").is_some() {
                assert_eq!(base.id.as_deref(), Some("m1"));
                // A derived type's member that the base does not know is kept in `extra`.
                assert_eq!(base.extra.get("fileName"), Some(json!("tool.pkg")));
            }
            assert_eq!(
                app.odata_type(),
                json.get("@odata.type").and_then(Value::as_str)
            );
            assert_eq!(write(&app), json);
        }
    }

    #[test]
    fn non_string_type_is_read_as_the_base_would_read_it() {
        // The base reads `@odata.type` into an `Option<String>`: `null` is an explicit null,
        // another non-string is the base's error.
        let json = json!({"@odata.type": null, "id": "n"});
        let app = read(&json);
        assert!(matches!(&app, AnyMobileApp::MobileApp(b) if b.id.as_deref() == Some("n")));
        assert_eq!(app.odata_type(), None);
        assert_eq!(write(&app), json);

        let json = json!({"@odata.type": 5, "id": "n"});
        let ours = serde_json::from_value::<AnyMobileApp>(json.clone()).unwrap_err();
        let base = serde_json::from_value::<MobileApp>(json).unwrap_err();
        assert_eq!(ours.to_string(), base.to_string());
    }

    #[test]
    fn lists_round_trip() {
        let json = json!([
            {"@odata.type": "#microsoft.graph.win32LobApp", "id": "1", "size": 3},
            {"@odata.type": "#microsoft.graph.iosLobApp", "id": "2", "bundleId": "b"},
            {"@odata.type": "#microsoft.graph.webApp", "id": "3", "appUrl": "https://x"},
            {"id": "4", "displayName": null}
        ]);
        let apps: Vec<AnyMobileApp> = serde_json::from_value(json.clone()).unwrap();
        assert!(matches!(apps[0], AnyMobileApp::Win32LobApp(_)));
        assert!(matches!(apps[1], AnyMobileApp::IosLobApp(_)));
        assert!(matches!(apps[2], AnyMobileApp::MobileApp(_)));
        assert!(matches!(apps[3], AnyMobileApp::MobileApp(_)));
        assert_eq!(serde_json::to_value(&apps).unwrap(), json);

        // From text as well as from a `Value`: documented members in table order, then the rest.
        let text = concat!(
            r##"[{"@odata.type":"#microsoft.graph.win32LobApp","id":"1","size":3},"##,
            r##"{"@odata.type":"#microsoft.graph.iosLobApp","id":"2","bundleId":"b"},"##,
            r##"{"@odata.type":"#microsoft.graph.webApp","id":"3","appUrl":"https://x"},"##,
            r##"{"id":"4","displayName":null}]"##,
        );
        let apps: Vec<AnyMobileApp> = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&apps).unwrap(), text);
    }

    #[test]
    fn non_objects_and_bad_members_are_errors() {
        for json in [json!(3), json!("x"), json!([]), json!(null)] {
            let error = serde_json::from_value::<AnyMobileApp>(json.clone()).unwrap_err();
            let message = error.to_string();
            assert!(message.contains("an object"), "{json}: {message}");
            assert!(message.contains("`mobileApp`"), "{json}: {message}");
        }
        let error = serde_json::from_str::<AnyMobileApp>("[1]").unwrap_err();
        assert!(error.to_string().contains("an object"), "{error}");

        // A derived member of the wrong type is the derived struct's error.
        let error = serde_json::from_value::<AnyMobileApp>(json!({
            "@odata.type": "#microsoft.graph.win32LobApp",
            "size": "big"
        }))
        .unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");

        // Duplicate members are rejected, as the structs reject them.
        let error = serde_json::from_str::<AnyMobileApp>(
            r##"{"@odata.type": "#microsoft.graph.win32LobApp", "x": 1, "x": 2}"##,
        )
        .unwrap_err();
        assert!(error.to_string().contains("duplicate field `x`"), "{error}");
    }

    #[test]
    fn from_and_odata_type() {
        let win32 = Win32LobApp {
            odata_type: Some("#microsoft.graph.win32LobApp".into()),
            file_name: Some("f".into()),
            ..Default::default()
        };
        let app = AnyMobileApp::from(win32.clone());
        assert_eq!(app, AnyMobileApp::Win32LobApp(win32));
        assert_eq!(app.odata_type(), Some("#microsoft.graph.win32LobApp"));

        let app: AnyMobileApp = IosLobApp::default().into();
        assert!(matches!(app, AnyMobileApp::IosLobApp(_)));
        assert_eq!(app.odata_type(), None);

        let app: AnyMobileApp = MobileApp {
            id: Some("b".into()),
            ..Default::default()
        }
        .into();
        assert!(matches!(app, AnyMobileApp::MobileApp(_)));
        assert_eq!(app.odata_type(), None);
        assert_eq!(write(&app), json!({"id": "b"}));
    }

    #[test]
    fn explicit_nulls_survive_dispatch() {
        let mut base = MobileApp::default();
        base.set_null("displayName");
        let mut win32 = Win32LobApp::default();
        win32.set_null("fileName");
        let mut ios = IosLobApp::default();
        ios.set_null("bundleId");
        let apps = [
            (AnyMobileApp::from(base), "displayName"),
            (AnyMobileApp::from(win32), "fileName"),
            (AnyMobileApp::from(ios), "bundleId"),
        ];
        for (app, name) in apps {
            let mut json = write(&app);
            assert_eq!(json.get(name), Some(&Value::Null), "{app:?}");
            // Whatever the type says it is, the null is read back into the same struct.
            if let AnyMobileApp::Win32LobApp(_) | AnyMobileApp::IosLobApp(_) = app {
                let odata_type = match app {
                    AnyMobileApp::Win32LobApp(_) => "#microsoft.graph.win32LobApp",
                    _ => "#microsoft.graph.iosLobApp",
                };
                json["@odata.type"] = odata_type.into();
            }
            let back = read(&json);
            let null = match &back {
                AnyMobileApp::MobileApp(value) => value.is_null(name),
                AnyMobileApp::Win32LobApp(value) => value.is_null(name),
                AnyMobileApp::IosLobApp(value) => value.is_null(name),
            };
            assert!(null, "{back:?}");
            assert_eq!(write(&back), json);
        }
    }

    #[test]
    fn a_lone_base_still_works() {
        let json = json!({"@odata.type": "#microsoft.graph.win32LobApp", "fileName": "f"});
        let app: AnyLonely = serde_json::from_value(json.clone()).unwrap();
        let AnyLonely::MobileApp(base) = &app;
        assert_eq!(base.extra.get("fileName"), Some(json!("f")));
        assert_eq!(app.odata_type(), Some("#microsoft.graph.win32LobApp"));
        assert_eq!(serde_json::to_value(&app).unwrap(), json);
        assert_eq!(
            AnyLonely::from(MobileApp::default()),
            AnyLonely::MobileApp(MobileApp::default())
        );
    }
}
