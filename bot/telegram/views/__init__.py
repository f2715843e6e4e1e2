"""Everything the bot says, one module per feature: texts, HTML escaping, inline keyboards
as plain data, paging, and the wording of every refusal the domain reports as a code.

No `telegram` import here: a View is plain data, so the terminal chat and the CLI render
the same views, and tests can read them without a bot. Views are given what they show and
never call the domain. Every string that comes from the corpus or from a user goes through
`esc` before it enters a message.
"""
