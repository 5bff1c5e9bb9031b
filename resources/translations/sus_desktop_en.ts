<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast tid (røres ikke ved genberegning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarlig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfri fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ét spørgsmål pr. linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spørgsmål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg et punkt eller en fase i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som skabelon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil til standarddagsorden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Punkt / fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (valgfri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faserne varer %1 min, punktet %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Mødet kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du slette mødet «%1»? Noter og referat slettes også. Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke gemmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem som skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelonens navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der findes allerede en skabelon med navnet «%1». Vil du erstatte den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du erstatte dagsordenen med standarddagsordenen for SUS 2025? Dine ændringer i punkter og faser går tabt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulstil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt er gemt automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke gemme: %1. Ændringerne holdes i hukommelsen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Handlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hent fra noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laver handlinger af noter af typen Handling («Hvad; Hvem; Hvornår»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulér læringsfokus gerne som et spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starttid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluttid (tid til rådighed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Læringsfokus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem mødet som fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut alligevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPrompts</name>
    <message>
        <source>Referenten kan markere noter som Evaluering (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtale om samtalen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Eksportér referat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér offentligt referat (til hjemmesiden)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offentligt referat: vis deltagernes navne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér dagsorden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg referatskabelon (skolens brevpapir)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brug standardskabelonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér offentligt referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet kunne ikke laves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg skolens Word-skabelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelonen kan ikke bruges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Opfølgning på sidste samtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importér sidste års mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutning/handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg sidste års mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefiler (*.sus.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke læses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nye punkter hentet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nye beslutninger eller handlinger i filen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePanels</name>
    <message>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgning på sidste samtale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SUS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem dagsorden som skabelon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til startskærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indstillinger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyt projektor til næste skærm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: skift lyst/mørkt tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: sort skærm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: vis klokkeslæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: vis «Afrund venligst»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: besked til rummet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektor: fjern beskeden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prøv at gemme igen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en note – Enter gemmer, Shift+Enter giver ny linje, @navn tilskriver en deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling: skriv «Hvad; Hvem; Hvornår»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søg i noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note slettet: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle punkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redigér note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redigér…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyt til punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilskriv deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny deltager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepPresenter</name>
    <message>
        <source>Dagsorden: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutter kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid til rådighed: %1–%2 (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min for meget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min luft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt %1: faserne %2 min mod %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <source>Afrund venligst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besked til rummet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst på projektoren (tom for ingen besked):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>SUS – projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet er afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1, kl. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt start kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiden er gået</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tænk stille over spørgsmålene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordet har: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiralsamtale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noget af det, du har skrevet, er ikke gemt i SUS Desktops datamappe. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem mødet som en fil et andet sted – i en anden mappe eller på en USB-nøgle – før du afslutter. Afslutter du alligevel, lægges en nødkopi i den midlertidige mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslutter du nu, går disse ændringer tabt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefilen kunne ikke gemmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nødkopien kunne ikke gemmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heller ikke en nødkopi i den midlertidige mappe kunne gemmes: %1

Afslutter du nu, går det, der ikke er gemt, tabt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut alligevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nødkopi gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En nødkopi af mødet er gemt her:

%1

Flyt den til et sikkert sted: den midlertidige mappe kan blive tømt. Du åbner den med Filer → Åbn mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebalanceDialog</name>
    <message>
        <source>Genberegn resten af mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet forventes at slutte kl. %1 – %2 min efter planen (kl. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet forventes at slutte kl. %1 (planen: kl. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag tiden fra de resterende punkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forlæng mødet til kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid der skal findes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intet punkt under (af planlagt tid, mindst 1 min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anvend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny forventet slut: kl. %1 (%2 min fundet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>der mangler stadig %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny sluttid: kl. %1. Punkternes tider ændres ikke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>Tiden er gået – tag et øjeblik til at samle tankerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis tid i tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis skive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videre til runden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuel refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med afsæt i samtalens læringsfokus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tænk stille over spørgsmålene. Skriv gerne stikord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Start/pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 minut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 minut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genberegn resten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Mødet forventes at slutte %n min for sent. Du kan tage tiden fra de resterende punkter eller forlænge mødet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPresenter</name>
    <message>
        <source>Sidste minut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidste %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet er afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Kører</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ På pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke startet – tryk Mellemrum for at starte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagsordenen er tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase %1 af %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tilbage af %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt %1: %2 over tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt %1: %2 tilbage af %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Genberegn resten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødetid %1 · Forventet slut %2 (planlagt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt slut %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forventet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklik for at springe til punktet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mørk (lys tekst på sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lys (sort tekst på hvidt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemets sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sproget skifter, næste gang SUS Desktop starter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gul advarsel, når fasen har under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projektorens tema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprog / Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpiralPanel</name>
    <message>
        <source>✓ Runde færdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taler nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N eller Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Springer over (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P eller Alt+P: deltageren siger pas i denne runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste runde i modsat retning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samme person starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rækkefølge (træk for at flytte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udelad i denne runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen ankomst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny deltager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen ankomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiralsamtale – ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runden er færdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen taler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tur (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste taler (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca. %1 pr. taler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiden er gået · +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tilbage af %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>SUS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skoleudviklingssamtalen – forberedelse, afvikling og referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagsorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen møder endnu. Klik «Nyt møde» for at begynde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åbn mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seneste møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: SUS 2025 (120 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skabelon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skole ikke angivet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <source>Taletid (kun for facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik på den, der taler nu (Alt+1…9). Klik igen for stilhed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen taler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerDisk</name>
    <message>
        <source>Tid tilbage til refleksion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>Til tiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min bagud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min foran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>✓ Færdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ I gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ På pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Næste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>På pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modes</name>
    <message>
        <source>Oplæg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makkersnak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tal sammen to og to – bagefter en runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuel refleksion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiralsamtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>SUS Desktop kører allerede med datamappen %1, men svarer ikke. Vent lidt, eller luk det andet SUS Desktop-vindue, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
