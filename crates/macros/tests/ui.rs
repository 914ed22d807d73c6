//! Compile-fail tests: each fixture under `tests/ui/` is one mistake in a declaration, and its
//! `.stderr` file is the error the derive must report (bless with `TRYBUILD=overwrite`).

#[test]
fn declaration_mistakes_are_compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
