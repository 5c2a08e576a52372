"""iCalendar (.ics) for sessions: email attachments and each volunteer's private feed."""

from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Netwerk SMOL//Vrijwilligersacademie//NL"


def session_uid(session):
    return f"smol-academie-sessie-{session.pk}@smol"


def session_event(session, title, url="", status="CONFIRMED"):
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("summary", title)
    where = ", ".join(part for part in [session.location, str(session.municipality or "")] if part)
    if where:
        event.add("location", where)
    elif session.online_url:
        event.add("location", session.online_url)
    if url:
        event.add("url", url)
    event.add("status", status)
    return event


def calendar(events, method="PUBLISH", name=""):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(event)
    return cal.to_ical()
