def plain_answer(answer):
    if not answer.answered:
        return "(declined)"
    h = answer.hits[0]
    return f"{h.passage.section_title} › {h.passage.title}\n\n{h.passage.text}"
