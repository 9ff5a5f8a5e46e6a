# Charter profile of the All-Russian Education and Science Workers' Union
# (Общероссийский Профсоюз образования), transcribed from its charter (Устав, edition adopted by the
# VIII Congress, 2020). Format: UTF-8 key=value lines; '#' starts a comment. Unknown keys are errors.

profile.id=education-union
profile.version=2020.1
profile.name.ru=Общероссийский Профсоюз образования
profile.name.en=All-Russian Education and Science Workers' Union

# Срок полномочий выборных органов — 5 лет.
term.length=P5Y
# Первичная профсоюзная организация создаётся при наличии не менее трёх членов Профсоюза.
primary.minimumMembers=3
# A "до X" deadline leaving fewer days than this after adoption is flagged (warning, UK-DEADLINE-004).
deadline.until.minimumDays=7
# Приоритетные направления деятельности Профсоюза на 2020–2025 годы.
programme.years=2020..2025
# Обучающиеся — члены Профсоюза состоят в ППО профессиональных образовательных организаций и вузов.
students.organizationKinds=VOCATIONAL,HIGHER_EDUCATION

# Съезд: не реже одного раза в пять лет; правомочен при участии не менее 2/3 избранных делегатов.
body.congress.meetingInterval=P5Y
body.congress.quorum=>=2/3
body.congress.majority=simple-of-present
# Центральный Совет: не реже одного раза в год; более половины членов.
body.central_council.meetingInterval=P1Y
body.central_council.quorum=>1/2
body.central_council.majority=simple-of-present
# Исполнительный комитет: не реже одного раза в три месяца.
body.executive_committee.meetingInterval=P3M
body.executive_committee.quorum=>1/2
body.executive_committee.majority=simple-of-present
# Конференция: не реже одного раза в пять лет; не менее 2/3 избранных делегатов.
body.conference.meetingInterval=P5Y
body.conference.quorum=>=2/3
body.conference.majority=simple-of-present
# Комитет (пленум): не реже одного раза в год; более половины членов комитета.
body.committee.meetingInterval=P1Y
body.committee.quorum=>1/2
body.committee.majority=simple-of-present
# Президиум: не реже одного раза в три месяца; более половины членов президиума.
body.presidium.meetingInterval=P3M
body.presidium.quorum=>1/2
body.presidium.majority=simple-of-present
# Собрание первичной организации: более половины членов.
body.general_meeting.quorum=>1/2
body.general_meeting.majority=simple-of-present

# Норма представительства на Съезд: 1 делегат от 15 000 членов и 1 — от остатка менее 15 000.
representation.congress.membersPerDelegate=15000
representation.congress.remainder=any
