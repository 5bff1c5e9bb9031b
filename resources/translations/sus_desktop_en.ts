<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Ny note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Søg i noter</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>Vis noter fra</source>
        <translation>Show notes from</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dagsorden med tider</source>
        <translation>Agenda with times</translation>
    </message>
    <message>
        <source>Dagsordenens punkter og faser</source>
        <translation>Agenda items and phases</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Opfølgning på sidste samtale</source>
        <translation>Follow-up on the last meeting</translation>
    </message>
    <message>
        <source>Talerækkefølge</source>
        <translation>Speaking order</translation>
    </message>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Fasens forbrugte tid</source>
        <translation>Time used in the phase</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>▲ Op</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <source>▼ Ned</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Ny fase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fast tid (røres ikke ved genberegning)</source>
        <translation>Fixed time (kept when rescheduling)</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Minutter:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Proces:</source>
        <translation>Process:</translation>
    </message>
    <message>
        <source>Valgfri fase</source>
        <translation>Optional phase</translation>
    </message>
    <message>
        <source>Nedtællingen bliver gul så længe før fasen slutter</source>
        <translation>The countdown turns amber this long before the phase ends</translation>
    </message>
    <message>
        <source>Ét spørgsmål pr. linje</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Varsel:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Spørgsmål:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Vælg et punkt eller en fase i listen.</source>
        <translation>Choose an item or a phase in the list.</translation>
    </message>
    <message>
        <source>Gem som skabelon…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Nulstil til standarddagsorden</source>
        <translation>Reset to the standard agenda</translation>
    </message>
    <message>
        <source>Standard (%1 min)</source>
        <translation>Default (%1 min)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Punkt / fase</source>
        <translation>Item / phase</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source> (valgfri)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Faserne varer %1 min, punktet %2 min</source>
        <translation>The phases last %1 min, the item %2 min</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Referentvisning (noter først)</source>
        <translation>Note-taker layout (notes first)</translation>
    </message>
    <message>
        <source>Skift mellem facilitatorens visning (uret først) og referentens (noterne først)</source>
        <translation>Switch between the facilitator&apos;s layout (clock first) and the note-taker&apos;s (notes first)</translation>
    </message>
    <message>
        <source>Datafilen var beskadiget</source>
        <translation>The data file was damaged</translation>
    </message>
    <message>
        <source>Mødet kunne ikke åbnes</source>
        <translation>The meeting could not be opened</translation>
    </message>
    <message>
        <source>Slet møde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Vil du slette mødet «%1»? Noter og referat slettes også. Det kan ikke fortrydes.</source>
        <translation>Delete the meeting “%1”? Its notes and minutes will be deleted too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke åbnes</source>
        <translation>The meeting file could not be opened</translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke gemmes</source>
        <translation>The meeting file could not be saved</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Afvikling</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Det kan ikke lade sig gøre</source>
        <translation>That cannot be done</translation>
    </message>
    <message>
        <source>Noget i mødet kunne ikke læses</source>
        <translation>Part of the meeting could not be read</translation>
    </message>
    <message>
        <source>SUS Desktop</source>
        <translation>SUS Desktop</translation>
    </message>
    <message>
        <source>Gem som skabelon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Der findes allerede en skabelon med navnet «%1». Vil du erstatte den?</source>
        <translation>A template named “%1” already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Erstat</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Nulstil dagsorden</source>
        <translation>Reset agenda</translation>
    </message>
    <message>
        <source>Vil du erstatte dagsordenen med standarddagsordenen for SUS 2025? Dine ændringer i punkter og faser går tabt.</source>
        <translation>Replace the agenda with the standard agenda for SUS 2025? Your changes to items and phases will be lost.</translation>
    </message>
    <message>
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Alt er gemt automatisk.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <source>Kunne ikke gemme: %1. Ændringerne holdes i hukommelsen.</source>
        <translation>Could not save: %1. The changes are kept in memory.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tilføj handling</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Slet handling</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Hent fra noter</source>
        <translation>Take from notes</translation>
    </message>
    <message>
        <source>Laver handlinger af noter af typen Handling («Hvad; Hvem; Hvornår»)</source>
        <translation>Turns notes of the type Action (“What; Who; When”) into actions</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ny handling</source>
        <translation>New action</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Mødet</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Formulér læringsfokus gerne som et spørgsmål</source>
        <translation>Phrase the learning focus as a question, if you can</translation>
    </message>
    <message>
        <source>Skole:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Starttid:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <source>Sluttid (tid til rådighed):</source>
        <translation>End time (time available):</translation>
    </message>
    <message>
        <source>Sted:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>Læringsfokus:</source>
        <translation>Learning focus:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gem mødet som fil…</source>
        <translation>Save the meeting as a file…</translation>
    </message>
    <message>
        <source>Afslut alligevel</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Åbn mødefil</source>
        <translation>Open meeting file</translation>
    </message>
    <message>
        <source>SUS-mødefil (*.sus.json);;JSON (*.json)</source>
        <translation>SUS meeting file (*.sus.json);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Eksportér mødefil</source>
        <translation>Export meeting file</translation>
    </message>
</context>
<context>
    <name>EvaluationPrompts</name>
    <message>
        <source>Referenten kan markere noter som Evaluering (Ctrl+E).</source>
        <translation>The minute-taker can mark notes as Evaluation (Ctrl+E).</translation>
    </message>
    <message>
        <source>Samtale om samtalen</source>
        <translation>Talking about the conversation</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Eksportér referat…</source>
        <translation>Export minutes…</translation>
    </message>
    <message>
        <source>Eksportér offentligt referat (til hjemmesiden)…</source>
        <translation>Export public minutes (for the website)…</translation>
    </message>
    <message>
        <source>Eksportér referat som PDF…</source>
        <translation>Export minutes as PDF…</translation>
    </message>
    <message>
        <source>Eksportér offentligt referat som PDF…</source>
        <translation>Export public minutes as PDF…</translation>
    </message>
    <message>
        <source>Offentligt referat: vis deltagernes navne</source>
        <translation>Public minutes: show the participants’ names</translation>
    </message>
    <message>
        <source>Eksportér dagsorden…</source>
        <translation>Export agenda…</translation>
    </message>
    <message>
        <source>Vælg referatskabelon (skolens brevpapir)…</source>
        <translation>Choose minutes template (the school’s letterhead)…</translation>
    </message>
    <message>
        <source>Brug standardskabelonen</source>
        <translation>Use the standard template</translation>
    </message>
    <message>
        <source>Eksportér offentligt referat</source>
        <translation>Export public minutes</translation>
    </message>
    <message>
        <source>Eksportér referat</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Eksportér dagsorden</source>
        <translation>Export agenda</translation>
    </message>
    <message>
        <source>Dokumentet kunne ikke laves</source>
        <translation>The document could not be created</translation>
    </message>
    <message>
        <source>Vælg skolens Word-skabelon</source>
        <translation>Choose the school’s Word template</translation>
    </message>
    <message>
        <source>Skabelonen kan ikke bruges</source>
        <translation>The template cannot be used</translation>
    </message>
    <message>
        <source>Brevhovedet kommer ikke med</source>
        <translation>The letterhead will be left out</translation>
    </message>
</context>
<context>
    <name>ExportCheckDialog</name>
    <message>
        <source>%1 (og %2 andre steder)</source>
        <translation>%1 (and %2 other places)</translation>
    </message>
    <message>
        <source>Erstat med…</source>
        <translation>Replace with…</translation>
    </message>
    <message>
        <source>Behold</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Erstat «%1» med</source>
        <translation>Replace “%1” with</translation>
    </message>
    <message>
        <source>Tjek før eksport</source>
        <translation>Check before export</translation>
    </message>
    <message>
        <source>Ja, markér noterne i punktet som beslutninger</source>
        <translation>Yes, mark the notes in the item as decisions</translation>
    </message>
    <message>
        <source>Det her ligner stadig navne eller personoplysninger i den offentlige udgave. Vælg for hvert fund, om det skal erstattes eller blive stående.</source>
        <translation>These still look like names or personal data in the public version. For each finding, choose whether to replace it or leave it.</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ligner et navn</source>
        <translation>Looks like a name</translation>
    </message>
    <message>
        <source>E-mailadresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Ligner et CPR-nummer</source>
        <translation>Looks like a CPR number</translation>
    </message>
    <message>
        <source>%1 fund mangler et valg.</source>
        <translation>%1 findings still need a choice.</translation>
    </message>
</context>
<context>
    <name>FocusIndicator</name>
    <message>
        <source>Tasterne styrer uret</source>
        <translation>Keys control the clock</translation>
    </message>
    <message>
        <source>Mellemrum starter og pauser, pilene skifter fase. Klik i et tekstfelt for at skrive.</source>
        <translation>Space starts and pauses, the arrows change phase. Click a text field to type.</translation>
    </message>
    <message>
        <source>Du skriver – Esc giver tasterne til uret</source>
        <translation>You are typing – Esc gives the keys to the clock</translation>
    </message>
    <message>
        <source>Mellemrum og pile skriver i feltet; med Ctrl styrer de stadig uret.</source>
        <translation>Space and arrows type in the field; with Ctrl they still control the clock.</translation>
    </message>
    <message>
        <source>Tastaturets fokus</source>
        <translation>Keyboard focus</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Droppet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Opfølgning på sidste samtale</source>
        <translation>Follow-up on the last conversation</translation>
    </message>
    <message>
        <source>Importér sidste års mødefil…</source>
        <translation>Import last year’s file…</translation>
    </message>
    <message>
        <source>Beslutning/handling</source>
        <translation>Decision/action</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Vælg sidste års mødefil</source>
        <translation>Choose last year’s meeting file</translation>
    </message>
    <message>
        <source>Mødefiler (*.sus.json *.json)</source>
        <translation>Meeting files (*.sus.json *.json)</translation>
    </message>
    <message>
        <source>Filen kunne ikke læses</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>%1 nye punkter hentet.</source>
        <translation>%1 new entries imported.</translation>
    </message>
    <message>
        <source>Ingen nye beslutninger eller handlinger i filen.</source>
        <translation>No new decisions or actions in the file.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Deltag i møde</source>
        <translation>Join a meeting</translation>
    </message>
    <message>
        <source>Vælg mødet på listen (eller skriv adressen fra facilitatorens skærm), og skriv koden, som facilitatorens skærm viser under «Del møde». Du deltager som referent.</source>
        <translation>Choose the meeting in the list (or type the address from the facilitator’s screen), and type the code the facilitator’s screen shows under “Share meeting”. You join as the note-taker.</translation>
    </message>
    <message>
        <source>Møder på netværket:</source>
        <translation>Meetings on the network:</translation>
    </message>
    <message>
        <source>Møder på netværket</source>
        <translation>Meetings on the network</translation>
    </message>
    <message>
        <source>fx 192.168.1.20:8765</source>
        <translation>e.g. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>6 cifre</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Deltag</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Certifikatets fingeraftryk: %1</source>
        <translation>Certificate fingerprint: %1</translation>
    </message>
    <message>
        <source>Der kan ikke lyttes efter møder på netværket her. Skriv adressen fra facilitatorens skærm.</source>
        <translation>Cannot listen for meetings on this network. Type the address from the facilitator’s screen.</translation>
    </message>
    <message>
        <source>Vælg mødet, og skriv koden fra facilitatorens skærm.</source>
        <translation>Choose the meeting, and type the code from the facilitator’s screen.</translation>
    </message>
    <message>
        <source>Søger efter møder på netværket …</source>
        <translation>Looking for meetings on the network …</translation>
    </message>
    <message>
        <source>Ingen møder fundet. Skriv adressen fra facilitatorens skærm nedenfor. Virker det heller ikke, kan de bærbare ikke se hinanden på dette net (fx et gæstenet med «client isolation»): brug et net, facilitatoren selv medbringer – et hotspot fra en telefon eller en rejserouter.</source>
        <translation>No meetings found. Type the address from the facilitator’s screen below. If that does not work either, the laptops cannot see each other on this network (e.g. a guest network with “client isolation”): use a network the facilitator brings – a phone hotspot or a travel router.</translation>
    </message>
    <message>
        <source>Vælg mødet på listen, eller skriv facilitatorens adresse, fx 192.168.1.20:8765.</source>
        <translation>Choose the meeting in the list, or type the facilitator’s address, e.g. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Koden skal være 6 cifre, fx 123456.</source>
        <translation>The code must be 6 digits, e.g. 123456.</translation>
    </message>
</context>
<context>
    <name>LivePanels</name>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Opfølgning på sidste samtale</source>
        <translation>Follow-up on the last conversation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SUS Desktop</source>
        <translation>SUS Desktop</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Åbn mødefil…</source>
        <translation>Open meeting file…</translation>
    </message>
    <message>
        <source>Eksportér mødefil…</source>
        <translation>Export meeting file…</translation>
    </message>
    <message>
        <source>Del møde…</source>
        <translation>Share meeting…</translation>
    </message>
    <message>
        <source>Deltag i møde…</source>
        <translation>Join a meeting…</translation>
    </message>
    <message>
        <source>Gem dagsorden som skabelon…</source>
        <translation>Save agenda as template…</translation>
    </message>
    <message>
        <source>Til startskærmen</source>
        <translation>To the start screen</translation>
    </message>
    <message>
        <source>Indstillinger…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Afvikling</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Vis projektor</source>
        <translation>Show projector</translation>
    </message>
    <message>
        <source>Flyt projektor til næste skærm</source>
        <translation>Move projector to the next screen</translation>
    </message>
    <message>
        <source>Projektor: skift lyst/mørkt tema</source>
        <translation>Projector: switch light/dark theme</translation>
    </message>
    <message>
        <source>Projektor: sort skærm</source>
        <translation>Projector: black screen</translation>
    </message>
    <message>
        <source>Projektor: vis klokkeslæt</source>
        <translation>Projector: show the time of day</translation>
    </message>
    <message>
        <source>Projektor: vis «Afrund venligst»</source>
        <translation>Projector: show “Please wrap up”</translation>
    </message>
    <message>
        <source>Projektor: besked til rummet…</source>
        <translation>Projector: message to the room…</translation>
    </message>
    <message>
        <source>Projektor: fjern beskeden</source>
        <translation>Projector: remove the message</translation>
    </message>
    <message>
        <source>Blid lyd, når tiden er gået</source>
        <translation>Gentle sound when time is up</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Afvikling</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Prøv at gemme igen</source>
        <translation>Try saving again</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Referatets afsnit</source>
        <translation>Sections of the minutes</translation>
    </message>
    <message>
        <source>Vis navne</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>Talerens navn foran hvert punkt i kladden</source>
        <translation>The speaker’s name before each point in the draft</translation>
    </message>
    <message>
        <source>Med i referatet</source>
        <translation>In the minutes</translation>
    </message>
    <message>
        <source>Byg igen fra noterne</source>
        <translation>Rebuild from the notes</translation>
    </message>
    <message>
        <source>Erstat teksten med en ny kladde fra noterne</source>
        <translation>Replace the text with a new draft from the notes</translation>
    </message>
    <message>
        <source>Afsnittets tekst</source>
        <translation>Text of the section</translation>
    </message>
    <message>
        <source># Overskrift · - punkt · 1. Beslutning – forklaring</source>
        <translation># Heading · - point · 1. Decision – explanation</translation>
    </message>
    <message>
        <source>Noterne til afsnittet (ændres ikke)</source>
        <translation>Notes for this section (unchanged)</translation>
    </message>
    <message>
        <source>Noterne til afsnittet</source>
        <translation>Notes for this section</translation>
    </message>
    <message>
        <source>Tema, fx Barrierer</source>
        <translation>Theme, e.g. Barriers</translation>
    </message>
    <message>
        <source>Kladden samler noterne under deres tema</source>
        <translation>The draft groups the notes under their theme</translation>
    </message>
    <message>
        <source>Sæt tema</source>
        <translation>Set theme</translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>redigeret</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>ikke med</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Din tekst. Nye noter ændrer den ikke; de står til højre.</source>
        <translation>Your text. New notes do not change it; they are listed on the right.</translation>
    </message>
    <message>
        <source>Læringsfokus fra Forberedelse. Ret her, så bliver det referatets tekst.</source>
        <translation>Learning focus from Preparation. Edit it here to make it the text of the minutes.</translation>
    </message>
    <message>
        <source>Kladde fra noterne – den følger noterne, til du retter i den.</source>
        <translation>Draft from the notes – it follows the notes until you edit it.</translation>
    </message>
    <message>
        <source>Læringsfokus skrives under Forberedelse.</source>
        <translation>The learning focus is written under Preparation.</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Teksten i «%1» er rettet. Vil du bygge afsnittet igen fra noterne med talernes navne? Dine rettelser erstattes.</source>
        <translation>The text in “%1” has been edited. Rebuild the section from the notes with the speakers’ names? Your edits will be replaced.</translation>
    </message>
    <message>
        <source>Teksten i «%1» er rettet. Vil du bygge afsnittet igen fra noterne uden talernes navne? Dine rettelser erstattes.</source>
        <translation>The text in “%1” has been edited. Rebuild the section from the notes without the speakers’ names? Your edits will be replaced.</translation>
    </message>
    <message>
        <source>Vil du erstatte teksten i «%1» med en ny kladde fra noterne? Dine rettelser i teksten går tabt.</source>
        <translation>Replace the text in “%1” with a new draft from the notes? Your edits to the text will be lost.</translation>
    </message>
    <message>
        <source>Byg igen</source>
        <translation>Rebuild</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Skriv en note – Enter gemmer, Shift+Enter giver ny linje, @navn tilskriver en deltager</source>
        <translation>Write a note – Enter saves, Shift+Enter starts a new line, @name credits a participant</translation>
    </message>
    <message>
        <source>Handling: skriv «Hvad; Hvem; Hvornår»</source>
        <translation>Action: write “What; Who; When”</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Søg i noter</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>Note slettet: «%1»</source>
        <translation>Note deleted: “%1”</translation>
    </message>
    <message>
        <source>Dette punkt</source>
        <translation>This item</translation>
    </message>
    <message>
        <source>Alle punkter</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Runde %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>ingen deltager</source>
        <translation>no participant</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>I%1</translation>
    </message>
    <message>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <source>Redigér note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Redigér…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Flyt til punkt</source>
        <translation>Move to item</translation>
    </message>
    <message>
        <source>Tilskriv deltager</source>
        <translation>Credit participant</translation>
    </message>
    <message>
        <source>Tilskriv deltager %1</source>
        <translation>Credit participant %1</translation>
    </message>
    <message>
        <source>Ingen deltager</source>
        <translation>No participant</translation>
    </message>
    <message>
        <source>Næste note er en beslutning</source>
        <translation>Next note is a decision</translation>
    </message>
    <message>
        <source>Næste note er en handling</source>
        <translation>Next note is an action</translation>
    </message>
    <message>
        <source>Næste note er en evaluering</source>
        <translation>Next note is an evaluation</translation>
    </message>
    <message>
        <source>Notetype</source>
        <translation>Note type</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Tilføj deltager</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Alt+T. Tab går fra Navn til Rolle, Enter giver en ny række, Esc fortryder en ny, tom række.</source>
        <translation>Alt+T. Tab goes from Name to Role, Enter starts a new row, Esc undoes a new, empty row.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>▲ Op</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <source>▼ Ned</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <source>Ny deltager</source>
        <translation>New participant</translation>
    </message>
</context>
<context>
    <name>PrepPresenter</name>
    <message>
        <source>Dagsorden: %1 min</source>
        <translation>Agenda: %1 min</translation>
    </message>
    <message>
        <source>Slutter kl. %1</source>
        <translation>Ends at %1</translation>
    </message>
    <message>
        <source>Tid til rådighed: %1–%2 (%3 min)</source>
        <translation>Time available: %1–%2 (%3 min)</translation>
    </message>
    <message>
        <source>%n min for meget</source>
        <translation>%n min too much</translation>
    </message>
    <message>
        <source>%n min luft</source>
        <translation>%n min to spare</translation>
    </message>
    <message>
        <source>Punkt %1: faserne %2 min uden den valgfri fase, %3 min med (punktet har %4 min)</source>
        <translation>Item %1: phases %2 min without the optional phase, %3 min with it (the item has %4 min)</translation>
    </message>
    <message>
        <source>Punkt %1: faserne %2 min mod %3 min</source>
        <translation>Item %1: phases %2 min against %3 min</translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <source>Afrund venligst</source>
        <translation>Please wrap up</translation>
    </message>
    <message>
        <source>Besked til rummet</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>Tekst på projektoren (tom for ingen besked):</source>
        <translation>Text on the projector (empty for no message):</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>SUS – projektor</source>
        <translation>SUS – projector</translation>
    </message>
    <message>
        <source>Mødet er afsluttet</source>
        <translation>The meeting has ended</translation>
    </message>
    <message>
        <source>Næste: %1, kl. %2</source>
        <translation>Next: %1, at %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Planlagt start kl. %1</source>
        <translation>Planned start at %1</translation>
    </message>
    <message>
        <source>Tiden er gået</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Tænk stille over spørgsmålene</source>
        <translation>Think quietly about the questions</translation>
    </message>
    <message>
        <source>Ordet har: %1</source>
        <translation>Speaking: %1</translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Spiralsamtale</source>
        <translation>Spiral conversation</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Noget af det, du har skrevet, er ikke gemt i SUS Desktops datamappe. %1</source>
        <translation>Some of what you have written is not saved in SUS Desktop’s data folder. %1</translation>
    </message>
    <message>
        <source>Gem mødet som en fil et andet sted – i en anden mappe eller på en USB-nøgle – før du afslutter. Afslutter du alligevel, lægges en nødkopi i den midlertidige mappe.</source>
        <translation>Save the meeting as a file somewhere else – in another folder or on a USB stick – before you quit. If you quit anyway, an emergency copy is put in the temporary folder.</translation>
    </message>
    <message>
        <source>Afslutter du nu, går disse ændringer tabt.</source>
        <translation>If you quit now, these changes will be lost.</translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke gemmes</source>
        <translation>The meeting file could not be saved</translation>
    </message>
    <message>
        <source>Nødkopien kunne ikke gemmes</source>
        <translation>The emergency copy could not be saved</translation>
    </message>
    <message>
        <source>Heller ikke en nødkopi i den midlertidige mappe kunne gemmes: %1

Afslutter du nu, går det, der ikke er gemt, tabt.</source>
        <translation>Not even an emergency copy could be saved in the temporary folder: %1

If you quit now, whatever is not saved will be lost.</translation>
    </message>
    <message>
        <source>Afslut alligevel</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Nødkopi gemt</source>
        <translation>Emergency copy saved</translation>
    </message>
    <message>
        <source>En nødkopi af mødet er gemt her:

%1

Flyt den til et sikkert sted: den midlertidige mappe kan blive tømt. Du åbner den med Filer → Åbn mødefil…</source>
        <translation>An emergency copy of the meeting is saved here:

%1

Move it somewhere safe: the temporary folder may be emptied. Open it with File → Open meeting file…</translation>
    </message>
</context>
<context>
    <name>RebalanceDialog</name>
    <message>
        <source>Genberegn resten af mødet</source>
        <translation>Reschedule the rest of the meeting</translation>
    </message>
    <message>
        <source>Mødet forventes at slutte kl. %1 – %2 min efter planen (kl. %3).</source>
        <translation>The meeting is expected to end at %1 – %2 min later than planned (%3).</translation>
    </message>
    <message>
        <source>Mødet forventes at slutte kl. %1 (planen: kl. %2).</source>
        <translation>The meeting is expected to end at %1 (planned: %2).</translation>
    </message>
    <message>
        <source>Tag tiden fra de resterende punkter</source>
        <translation>Take the time from the remaining items</translation>
    </message>
    <message>
        <source>Forlæng mødet til kl. %1</source>
        <translation>Extend the meeting to %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tid der skal findes:</source>
        <translation>Time to find:</translation>
    </message>
    <message>
        <source>Intet punkt under (af planlagt tid, mindst 1 min):</source>
        <translation>No item below (of planned time, at least 1 min):</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Bliver</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Anvend</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> (fast)</source>
        <translation> (fixed)</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>Ny forventet slut: kl. %1 (%2 min fundet)</source>
        <translation>New expected end: %1 (%2 min found)</translation>
    </message>
    <message>
        <source>der mangler stadig %n min</source>
        <translation>%n min still missing</translation>
    </message>
    <message>
        <source>Ny sluttid: kl. %1. Punkternes tider ændres ikke.</source>
        <translation>New end time: %1. The items’ times do not change.</translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>Tiden er gået – tag et øjeblik til at samle tankerne</source>
        <translation>Time is up – take a moment to gather your thoughts</translation>
    </message>
    <message>
        <source>Vis tid i tal</source>
        <translation>Show time as numbers</translation>
    </message>
    <message>
        <source>Vis skive</source>
        <translation>Show dial</translation>
    </message>
    <message>
        <source>Videre til runden</source>
        <translation>On to the round</translation>
    </message>
    <message>
        <source>På projektoren:</source>
        <translation>On the projector:</translation>
    </message>
    <message>
        <source>Det, rummet ser på projektoren. Din egen nedtælling ovenfor ses kun på din skærm.</source>
        <translation>What the room sees on the projector. Your own countdown above is only on your screen.</translation>
    </message>
    <message>
        <source>Individuel refleksion</source>
        <translation>Individual reflection</translation>
    </message>
    <message>
        <source>Med afsæt i samtalens læringsfokus: %1</source>
        <translation>Starting from the conversation’s learning focus: %1</translation>
    </message>
    <message>
        <source>Tænk stille over spørgsmålene. Skriv gerne stikord.</source>
        <translation>Think quietly about the questions. Jot down keywords if you like.</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Start/pause</source>
        <translation>Start/pause</translation>
    </message>
    <message>
        <source>Næste fase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Side ned</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Side op</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Forrige fase</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <source>Næste punkt</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>+1 minut</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <source>−1 minut</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <source>Genberegn resten…</source>
        <translation>Reschedule the rest…</translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>Skriv en note</source>
        <translation>Write a note</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Fortsæt</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Mødet forventes at slutte %n min for sent. Du kan tage tiden fra de resterende punkter eller forlænge mødet.</source>
        <translation>The meeting is expected to end %n min late. You can take the time from the remaining items or extend the meeting.</translation>
    </message>
</context>
<context>
    <name>RunPresenter</name>
    <message>
        <source>Sidste minut</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>Sidste %n min</source>
        <translation>Last %n min</translation>
    </message>
    <message>
        <source>Mødet er afsluttet</source>
        <translation>The meeting has ended</translation>
    </message>
    <message>
        <source>▶ Kører</source>
        <translation>▶ Running</translation>
    </message>
    <message>
        <source>❚❚ På pause</source>
        <translation>❚❚ Paused</translation>
    </message>
    <message>
        <source>ud over %n min</source>
        <translation>beyond %n min</translation>
    </message>
    <message>
        <source>Ikke startet – tryk Mellemrum for at starte</source>
        <translation>Not started – press Space to start</translation>
    </message>
    <message>
        <source>Dagsordenen er tom</source>
        <translation>The agenda is empty</translation>
    </message>
    <message>
        <source>Punkt %1 · %2</source>
        <translation>Item %1 · %2</translation>
    </message>
    <message>
        <source>Fase %1 af %2 · %3</source>
        <translation>Phase %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Over tid</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>tilbage af %n min</source>
        <translation>left of %n min</translation>
    </message>
    <message>
        <source>Punkt %1: %2 over tid</source>
        <translation>Item %1: %2 over time</translation>
    </message>
    <message>
        <source>Punkt %1: %2 tilbage af %3 min</source>
        <translation>Item %1: %2 left of %3 min</translation>
    </message>
</context>
<context>
    <name>RunQuestions</name>
    <message>
        <source>Mødet er afsluttet</source>
        <translation>The meeting has ended</translation>
    </message>
    <message>
        <source>Mødet er afsluttet. Vil du genåbne det og starte uret igen?</source>
        <translation>The meeting has ended. Reopen it and start the clock again?</translation>
    </message>
    <message>
        <source>Genåbn mødet</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Mødet er planlagt til %1 kl. %2. Flyt planen til nu?</source>
        <translation>The meeting is planned for %1 at %2. Move the plan to now?</translation>
    </message>
    <message>
        <source>Start nu</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>Flyt planen til nu</source>
        <translation>Move the plan to now</translation>
    </message>
    <message>
        <source>Behold planen</source>
        <translation>Keep the plan</translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation>End the meeting</translation>
    </message>
    <message>
        <source>Det er dagsordenens sidste fase. Vil du afslutte mødet?</source>
        <translation>This is the last phase of the agenda. End the meeting?</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Genberegn resten…</source>
        <translation>Reschedule the rest…</translation>
    </message>
    <message>
        <source>kl. %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Derefter: %1 · ca. kl. %2</source>
        <translation>Then: %1 · about %2</translation>
    </message>
    <message>
        <source>Mødetid %1 · Forventet slut %2 (planlagt %3)</source>
        <translation>Meeting time %1 · Expected end %2 (planned %3)</translation>
    </message>
    <message>
        <source>Planlagt slut %1</source>
        <translation>Planned end %1</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Proces</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Forventet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dobbeltklik for at springe til punktet</source>
        <translation>Double-click to jump to the item</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> sek.</source>
        <translation> sec.</translation>
    </message>
    <message>
        <source>Mørk (lys tekst på sort)</source>
        <translation>Dark (light text on black)</translation>
    </message>
    <message>
        <source>Lys (sort tekst på hvidt)</source>
        <translation>Light (black text on white)</translation>
    </message>
    <message>
        <source>Systemets sprog</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Sproget skifter, næste gang SUS Desktop starter.</source>
        <translation>The language changes the next time SUS Desktop starts.</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gul advarsel, når fasen har under:</source>
        <translation>Yellow warning when the phase has less than:</translation>
    </message>
    <message>
        <source>Projektorens tema:</source>
        <translation>Projector theme:</translation>
    </message>
    <message>
        <source>Sprog / Language:</source>
        <translation>Sprog / Language:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Del møde</source>
        <translation>Share meeting</translation>
    </message>
    <message>
        <source>Mødet deles. På referentens bærbare: vælg «Deltag i møde…», vælg mødet på listen (eller skriv adressen), og skriv koden.</source>
        <translation>The meeting is shared. On the note-taker’s laptop: choose “Join meeting…”, choose the meeting in the list (or type the address), and type the code.</translation>
    </message>
    <message>
        <source>Ingen netværksadresse fundet – er den bærbare på et netværk? (port %1)</source>
        <translation>No network address found – is this laptop on a network? (port %1)</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Virker det ikke? På et gæstenet (og andre net med «client isolation») kan de bærbare ikke se hinanden, og så virker intet. Brug i stedet et net, facilitatoren selv medbringer: et hotspot fra en telefon eller en rejserouter.</source>
        <translation>Not working? On a guest Wi-Fi (or any network with client isolation) the laptops cannot see each other, and nothing works. Use a network the facilitator brings instead: a phone hotspot or a travel router.</translation>
    </message>
    <message>
        <source>Stop deling</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mødet deles videre; dialogen kan åbnes igen med «Del møde»</source>
        <translation>The meeting stays shared; reopen this dialog with &quot;Share meeting&quot;</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Ingen referenter forbundet endnu.</source>
        <translation>No note-takers connected yet.</translation>
    </message>
    <message>
        <source>Forbundne referenter: %1</source>
        <translation>Note-takers connected: %1</translation>
    </message>
</context>
<context>
    <name>SpeakerPrompt</name>
    <message>
        <source>ingen</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Noten «%1» blev skrevet, da %2 havde ordet, men står under %3 – ret til %2?</source>
        <translation>The note “%1” was written while %2 had the floor, but is filed under %3 – change to %2?</translation>
    </message>
    <message>
        <source>(1 af %1)</source>
        <translation>(1 of %1)</translation>
    </message>
    <message>
        <source>Ret til %1</source>
        <translation>Change to %1</translation>
    </message>
    <message>
        <source>Behold %1</source>
        <translation>Keep %1</translation>
    </message>
</context>
<context>
    <name>SpiralPanel</name>
    <message>
        <source>✓ Runde færdig</source>
        <translation>✓ Round finished</translation>
    </message>
    <message>
        <source>Taler nu</source>
        <translation>Speaking now</translation>
    </message>
    <message>
        <source>N eller Alt+N</source>
        <translation>N or Alt+N</translation>
    </message>
    <message>
        <source>P eller Alt+P: deltageren siger pas i denne runde</source>
        <translation>P or Alt+P: the participant passes in this round</translation>
    </message>
    <message>
        <source>Står over (P)</source>
        <translation>Passes (P)</translation>
    </message>
    <message>
        <source>Ny runde (R)</source>
        <translation>New round (R)</translation>
    </message>
    <message>
        <source>R eller Alt+R: næste runde begynder; N giver ordet til den første</source>
        <translation>R or Alt+R: the next round begins; N gives the floor to the first speaker</translation>
    </message>
    <message>
        <source>Næste runde i modsat retning</source>
        <translation>Next round in the opposite direction</translation>
    </message>
    <message>
        <source>Samme person starter</source>
        <translation>Same person starts</translation>
    </message>
    <message>
        <source>Rækkefølge (træk for at flytte)</source>
        <translation>Order (drag to move)</translation>
    </message>
    <message>
        <source>Bland</source>
        <translation>Shuffle</translation>
    </message>
    <message>
        <source>Udelad i denne runde</source>
        <translation>Leave out this round</translation>
    </message>
    <message>
        <source>Rækkefølge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Ny deltager…</source>
        <translation>New participant…</translation>
    </message>
    <message>
        <source>Sen ankomst</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Runde %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Spiralsamtale – ikke startet</source>
        <translation>Spiral conversation – not started</translation>
    </message>
    <message>
        <source>står over</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>Ingen taler</source>
        <translation>No one speaking</translation>
    </message>
    <message>
        <source>Sen ankomst… (Alt+S)</source>
        <translation>Late arrival… (Alt+S)</translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Start tur (N)</source>
        <translation>Start turn (N)</translation>
    </message>
    <message>
        <source>Næste taler (N)</source>
        <translation>Next speaker (N)</translation>
    </message>
    <message>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Ca. %1 pr. taler</source>
        <translation>About %1 per speaker</translation>
    </message>
    <message>
        <source>Tiden er gået · +%1</source>
        <translation>Time is up · +%1</translation>
    </message>
    <message>
        <source>%1 tilbage af %2</source>
        <translation>%1 left of %2</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>SUS Desktop</source>
        <translation>SUS Desktop</translation>
    </message>
    <message>
        <source>Skoleudviklingssamtalen – forberedelse, afvikling og referat</source>
        <translation>The school development conversation (SUS) – preparation, running and minutes</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Deltag i møde…</source>
        <translation>Join a meeting…</translation>
    </message>
    <message>
        <source>Skriv noter som referent i et møde, som facilitatorens bærbare deler</source>
        <translation>Take notes in a meeting shared by the facilitator&apos;s laptop</translation>
    </message>
    <message>
        <source>Dagsorden:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Skole</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ingen møder endnu. Klik «Nyt møde» for at begynde.</source>
        <translation>No meetings yet. Click “New meeting” to begin.</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Åbn mødefil…</source>
        <translation>Open meeting file…</translation>
    </message>
    <message>
        <source>Eksportér mødefil…</source>
        <translation>Export meeting file…</translation>
    </message>
    <message>
        <source>Seneste møder</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <source>Standard: SUS 2025 (120 min)</source>
        <translation>Standard: SUS 2025 (120 min)</translation>
    </message>
    <message>
        <source>Skabelon: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <source>(skole ikke angivet)</source>
        <translation>(school not given)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Forlad mødet</source>
        <translation>Leave meeting</translation>
    </message>
    <message>
        <source>Deling er ikke mulig</source>
        <translation>Sharing is not possible</translation>
    </message>
    <message>
        <source>Del møde</source>
        <translation>Share meeting</translation>
    </message>
    <message>
        <source>Du deltager som referent i et møde, som en anden bærbar deler.</source>
        <translation>You take part as note-taker in a meeting shared by another laptop.</translation>
    </message>
    <message>
        <source>Mødet kunne ikke deles</source>
        <translation>The meeting could not be shared</translation>
    </message>
    <message>
        <source>Der kan ikke lyttes på netværket (%1).</source>
        <translation>Cannot listen on the network (%1).</translation>
    </message>
    <message>
        <source>Deltag i møde</source>
        <translation>Join a meeting</translation>
    </message>
    <message>
        <source>Koden skal være 6 cifre, fx 123456.</source>
        <translation>The code must be 6 digits, e.g. 123456.</translation>
    </message>
    <message>
        <source>Forbinder til %1 …</source>
        <translation>Connecting to %1 …</translation>
    </message>
    <message>
        <source>Koden er forkert. Tjek de 6 cifre på facilitatorens skærm, og prøv igen.</source>
        <translation>The code is wrong. Check the 6 digits on the facilitator&apos;s screen and try again.</translation>
    </message>
    <message>
        <source>Kunne ikke forbinde til %1. Tjek adressen og porten, og at begge bærbare er på samme netværk. På et gæstenet kan de bærbare ikke se hinanden: brug et hotspot fra en telefon eller en rejserouter.</source>
        <translation>Could not connect to %1. Check the address and the port, and that both laptops are on the same network. On a guest Wi-Fi the laptops cannot see each other: use a phone hotspot or a travel router.</translation>
    </message>
    <message>
        <source>Koden er forkert. Facilitatoren har måske delt mødet igen med en ny kode: deltag igen med den.</source>
        <translation>The code is wrong. The facilitator may have shared the meeting again with a new code: join again with it.</translation>
    </message>
    <message>
        <source>Værten viser et andet certifikat end ved sidste forbindelse. Af sikkerhedshensyn forbindes der ikke; deltag i mødet igen med en ny kode.</source>
        <translation>The host shows a different certificate than last time. For safety there is no connection; join the meeting again with a new code.</translation>
    </message>
    <message>
        <source>Forbindelsen til mødet er stoppet</source>
        <translation>The connection to the meeting has stopped</translation>
    </message>
    <message>
        <source>Giv uret til</source>
        <translation>Give the clock to</translation>
    </message>
    <message>
        <source>Tag uret tilbage…</source>
        <translation>Take the clock back…</translation>
    </message>
    <message>
        <source>Ingen anden bærbar i mødet endnu</source>
        <translation>No other laptop in the meeting yet</translation>
    </message>
    <message>
        <source>referent</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>Giv uret videre</source>
        <translation>Hand over the clock</translation>
    </message>
    <message>
        <source>%1 styrer derefter uret, spiralsamtalen og taletiden. Denne bærbare viser uret og skriver noter som referent, til uret gives tilbage.</source>
        <translation>%1 will then run the clock, the spiral round and speaking time. This laptop shows the clock and takes notes as note-taker until the clock is given back.</translation>
    </message>
    <message>
        <source>Giv uret til %1</source>
        <translation>Give the clock to %1</translation>
    </message>
    <message>
        <source>Tag uret tilbage</source>
        <translation>Take the clock back</translation>
    </message>
    <message>
        <source>Gør det kun, hvis den bærbare, der har uret, har forladt mødet: ellers styrer to bærbare uret, indtil de mødes igen.</source>
        <translation>Only do this if the laptop that has the clock has left the meeting: otherwise two laptops run the clock until they meet again.</translation>
    </message>
    <message>
        <source>Mødet deles (kode %1) · forbundne referenter: %2</source>
        <translation>Meeting shared (code %1) · note-takers connected: %2</translation>
    </message>
    <message>
        <source>Forbundet</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Afbrudt – dine noter gemmes og sendes, når forbindelsen er tilbage</source>
        <translation>Disconnected – your notes are saved and sent when the connection is back</translation>
    </message>
    <message>
        <source> · uret styres fra %1</source>
        <translation> · the clock is run from %1</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <source>Taletid (kun for facilitator)</source>
        <translation>Speaking time (for the facilitator only)</translation>
    </message>
    <message>
        <source>Klik på den, der taler nu (Alt+1…9). Klik igen for stilhed.</source>
        <translation>Click whoever is speaking now (Alt+1…9). Click again for silence.</translation>
    </message>
    <message>
        <source>Ingen taler</source>
        <translation>No one speaking</translation>
    </message>
    <message>
        <source>Taletid</source>
        <translation>Speaking time</translation>
    </message>
</context>
<context>
    <name>TimerDisk</name>
    <message>
        <source>Tid tilbage til refleksion</source>
        <translation>Time left for reflection</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>Til tiden</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>%n min bagud</source>
        <translation>%n min behind</translation>
    </message>
    <message>
        <source>%n min foran</source>
        <translation>%n min ahead</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>✓ Færdig</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>▶ I gang</source>
        <translation>▶ In progress</translation>
    </message>
    <message>
        <source>❚❚ På pause</source>
        <translation>❚❚ Paused</translation>
    </message>
    <message>
        <source>→ Næste</source>
        <translation>→ Next</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>På pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Ikke startet</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>Oplæg</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Runde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Makkersnak</source>
        <translation>Pair talk</translation>
    </message>
    <message>
        <source>Tal sammen to og to – bagefter en runde</source>
        <translation>Talk in pairs – then a round</translation>
    </message>
    <message>
        <source>Individuel refleksion</source>
        <translation>Individual reflection</translation>
    </message>
    <message>
        <source>Spiralsamtale</source>
        <translation>Spiral conversation</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>SUS Desktop kører allerede med datamappen %1, men svarer ikke. Vent lidt, eller luk det andet SUS Desktop-vindue, og prøv igen.</source>
        <translation>SUS Desktop is already running with the data folder %1 but is not responding. Wait a moment, or close the other SUS Desktop window, and try again.</translation>
    </message>
</context>
</TS>
