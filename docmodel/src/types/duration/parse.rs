//! Parsing the text form of an `Edm.Duration`.

use super::{Duration, Part, UNITS, Unit};
use crate::types::text::{Cursor, Parsed};

/// The most digits a component may have: those of `u64::MAX`.
const MAX_DIGITS: u8 = 20;

impl Duration {
    pub(super) fn parse(input: &str) -> Parsed<Self> {
        let mut c = Cursor::new(input);
        let negative = c.eat(b'-');
        c.literal(b'P', if negative { "'P' after '-'" } else { "'P'" })?;
        let mut parts = [None; 7];
        let (mut nanosecond, mut fraction_digits) = (0, 0);
        // What was read last: 'P', 'T' or a unit.
        let mut last = Last::P;
        while c.peek().is_some() || matches!(last, Last::P | Last::T) {
            if c.peek() == Some(b'T') && !last.is_time() {
                c.eat(b'T');
                last = Last::T;
                continue;
            }
            let number = number(&mut c, last)?;
            let fraction = c.fraction()?;
            let unit = designator(&c, last)?;
            if fraction.1 > 0 && unit != Unit::Seconds {
                let name = unit.name();
                return Err(format!(
                    "a fraction is only supported on seconds, not on {name}"
                ));
            }
            c.eat(unit.designator());
            if let Some(slot) = parts.get_mut(unit as usize) {
                *slot = Some(number);
            }
            (nanosecond, fraction_digits) = fraction;
            last = Last::Unit(unit);
        }
        Ok(Self {
            negative,
            parts,
            nanosecond,
            fraction_digits,
        })
    }
}

#[derive(Clone, Copy)]
enum Last {
    P,
    T,
    Unit(Unit),
}

impl Last {
    fn is_time(self) -> bool {
        match self {
            Last::P => false,
            Last::T => true,
            Last::Unit(unit) => unit.is_time(),
        }
    }

    /// The units that may still come.
    fn next_units(self) -> impl Iterator<Item = Unit> {
        let (first, time) = match self {
            Last::P => (0, false),
            Last::T => (Unit::Hours as usize, true),
            Last::Unit(unit) => (unit as usize + 1, unit.is_time()),
        };
        UNITS
            .into_iter()
            .skip(first)
            .filter(move |unit| unit.is_time() == time)
    }
}

/// The digits of a component.
fn number(c: &mut Cursor<'_>, last: Last) -> Parsed<Part> {
    let start = c.pos();
    let (mut value, mut digits, mut leading_zeros) = (Some(0u64), 0u8, 0u8);
    while let Some(digit) = c.digit() {
        if value == Some(0) && digits > 0 {
            leading_zeros = leading_zeros.saturating_add(1);
        }
        value = value.and_then(|v| v.checked_mul(10)?.checked_add(digit.into()));
        digits = digits.saturating_add(1);
    }
    if digits == 0 {
        return Err(c.expected(match last {
            Last::P => "a number after 'P'",
            Last::T => "a number after 'T'",
            Last::Unit(unit) if unit.is_time() => "a number or end of input",
            Last::Unit(_) => "a number, 'T' or end of input",
        }));
    }
    if digits > MAX_DIGITS {
        return Err(format!(
            "the number at byte {start} has more than {MAX_DIGITS} digits"
        ));
    }
    let value =
        value.ok_or_else(|| format!("the number at byte {start} is larger than {}", u64::MAX))?;
    Ok(Part {
        value,
        leading_zeros,
    })
}

/// The unit that the designator at the cursor names after `last`.
fn designator(c: &Cursor<'_>, last: Last) -> Parsed<Unit> {
    let found = c.peek();
    if let Some(unit) = last.next_units().find(|u| Some(u.designator()) == found) {
        return Ok(unit);
    }
    // A unit in the wrong place: say which and why.
    let time = last.is_time();
    let named = UNITS
        .into_iter()
        .find(|u| Some(u.designator()) == found && u.is_time() == time);
    let misplaced = UNITS
        .into_iter()
        .find(|u| Some(u.designator()) == found && u.is_time() != time);
    match (named, misplaced, last) {
        (Some(unit), _, Last::Unit(before)) => Err(format!(
            "{} cannot follow {}: write each unit at most once, largest first",
            unit.name(),
            before.name()
        )),
        (None, Some(unit), _) if unit.is_time() => {
            Err(format!("{} must come after 'T', as in PT1H", unit.name()))
        }
        (None, Some(unit), _) => Err(format!("{} must come before 'T'", unit.name())),
        _ => {
            let allowed: Vec<String> = last
                .next_units()
                .map(|u| format!("'{}'", char::from(u.designator())))
                .collect();
            Err(c.expected(&format!("{} after the number", or_list(&allowed))))
        }
    }
}

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        None => "a unit designator".into(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}
