"""Every extraction rule on sentences written for these tests (none from the seed articles).

Each case gives a text and the exact set of triples it must yield, as
(relation, subject, object).  A Statistic object is written "~KEY": the
statistic's text must contain KEY.  Texts that must yield nothing have an
empty set.
"""
from __future__ import annotations

import pytest

SCORED = {"sued", "owns", "cites", "ceo_of", "official_of", "published", "accused", "investigated",
          "sent_letter_to", "testified_before", "invited_to_testify", "denied"}

CASES = [
    # ---- sued: active, passive, lawsuit nouns, coordination, along with, groups
    ("sued.active", "Texas Attorney General Ken Paxton sued TikTok on Tuesday.",
     {("sued", "Ken Paxton", "TikTok"), ("official_of", "Ken Paxton", "Texas")}),
    ("sued.passive", "Snap was sued by the Federal Trade Commission last year.",
     {("sued", "Federal Trade Commission", "Snap")}),
    ("sued.passive_state", "Roblox was sued by the state of Utah in March.",
     {("sued", "Utah", "Roblox")}),
    ("sued.lawsuit_against", "Arkansas filed a lawsuit against YouTube and its parent company, Alphabet.",
     {("sued", "Arkansas", "YouTube"), ("sued", "Arkansas", "Alphabet"), ("owns", "Alphabet", "YouTube")}),
    ("sued.coordinated_plaintiffs", "The Department of Justice and Ohio sued Amazon over its subscription practices.",
     {("sued", "Department of Justice", "Amazon"), ("sued", "Ohio", "Amazon")}),
    ("sued.coordinated_defendants", "California Attorney General Rob Bonta sued Meta and Snap on Monday.",
     {("sued", "Rob Bonta", "Meta"), ("sued", "Rob Bonta", "Snap"), ("official_of", "Rob Bonta", "California")}),
    ("sued.along_with", "Utah Attorney General Sean Reyes filed a complaint against TikTok, along with its owner ByteDance.",
     {("sued", "Sean Reyes", "TikTok"), ("sued", "Sean Reyes", "ByteDance"), ("official_of", "Sean Reyes", "Utah"),
      ("owns", "ByteDance", "TikTok")}),
    ("sued.group", "More than 40 states sued Meta in federal court.",
     {("sued", "40 states", "Meta")}),
    ("sued.possessive_lawsuit", "Massachusetts's lawsuit against Discord was filed in Boston.",
     {("sued", "Massachusetts", "Discord")}),
    ("sued.title_after_name", "Letitia James, New York's attorney general, sued Microsoft on Friday.",
     {("sued", "Letitia James", "Microsoft"), ("official_of", "Letitia James", "New York")}),
    ("sued.short_form", "Washington Attorney General Bob Ferguson spoke on Monday. Ferguson sued Roblox a day later.",
     {("sued", "Bob Ferguson", "Roblox"), ("official_of", "Bob Ferguson", "Washington")}),
    ("sued.person_defendant", "The Federal Trade Commission sued Amazon and its founder Jeff Bezos.",
     {("sued", "Federal Trade Commission", "Amazon"), ("sued", "Federal Trade Commission", "Jeff Bezos")}),
    ("sued.filed_suit", "The European Commission has brought a case against Apple over the App Store.",
     {("sued", "European Commission", "Apple")}),
    # ---- sued: must yield nothing
    ("sued.negated", "Texas did not sue Google over the app.", set()),
    ("sued.question", "Will Ohio sue TikTok before the election?", set()),
    ("sued.conditional", "Utah could sue Snap if the company fails to act.", set()),
    ("sued.plan", "Florida is considering whether it would sue Roblox.", set()),
    ("sued.wrong_subject", "Parents sued Instagram in a class action.", set()),
    # ---- owns
    ("owns.parent_company", "ByteDance, the parent company of TikTok, declined to comment.",
     {("owns", "ByteDance", "TikTok")}),
    ("owns.parent_company_list", "Alphabet, the parent company of Google and YouTube, reported record profits.",
     {("owns", "Alphabet", "Google"), ("owns", "Alphabet", "YouTube")}),
    ("owns.verb", "Microsoft owns LinkedIn and Minecraft.",
     {("owns", "Microsoft", "LinkedIn"), ("owns", "Microsoft", "Minecraft")}),
    ("owns.acquired", "Amazon acquired Twitch in 2014.", {("owns", "Amazon", "Twitch")}),
    ("owns.passive", "Instagram is owned by Meta.", {("owns", "Meta", "Instagram")}),
    ("owns.acl", "Snapchat, owned by Snap, has 400 million users.", {("owns", "Snap", "Snapchat")}),
    ("owns.x_owned", "The Meta-owned WhatsApp rolled out new limits.", {("owns", "Meta", "WhatsApp")}),
    ("owns.possessive", "Meta's Threads grew quickly this year.", {("owns", "Meta", "Threads")}),
    ("owns.platform_list", "The complaint names Google's platforms (YouTube, Gmail and Google Play).",
     {("owns", "Google", "YouTube"), ("owns", "Google", "Gmail"), ("owns", "Google", "Google Play")}),
    ("owns.invented", "Kidlink Inc., the parent company of the chat app Bubbly, was fined.",
     {("owns", "Kidlink Inc.", "Bubbly")}),  # the name as written; its IRI ignores the legal form
    ("owns.negated", "Microsoft does not own Discord.", set()),
    ("owns.no_company", "Teenagers own phones and use Snapchat daily.", set()),
    # ---- ceo_of
    ("ceo_of.title", "TikTok CEO Shou Chew testified on Thursday.", {("ceo_of", "Shou Chew", "TikTok")}),
    ("ceo_of.title_of", "CEO of Snap Evan Spiegel", {("ceo_of", "Evan Spiegel", "Snap")}),
    ("ceo_of.apposition", "Sundar Pichai, Alphabet's chief executive, defended the policy.",
     {("ceo_of", "Sundar Pichai", "Alphabet")}),
    ("ceo_of.apposition_of", "David Baszucki, the CEO of Roblox, wrote a blog post.",
     {("ceo_of", "David Baszucki", "Roblox")}),
    ("ceo_of.not_ceo", "Meta spokesperson Andy Stone declined to comment.", set()),
    # ---- official_of
    ("official_of.title", "Governor Spencer Cox of Utah signed the bill.", {("official_of", "Spencer Cox", "Utah")}),
    ("official_of.possessive", "Ohio's Attorney General Dave Yost announced the probe.", {("official_of", "Dave Yost", "Ohio")}),
    ("official_of.apposition", "Phil Weiser, Colorado's attorney general, praised the ruling.",
     {("official_of", "Phil Weiser", "Colorado")}),
    ("official_of.party", "Republican Montana Gov. Greg Gianforte signed the ban.",
     {("official_of", "Greg Gianforte", "Montana")}),
    # ---- cites
    ("cites.found", "A Pew Research Center survey found that 46% of teens use TikTok daily.",
     {("cites", "Pew Research Center survey", "~46%"),
      ("published", "Pew Research Center", "Pew Research Center survey")}),
    ("cites.org_reported", "Thorn reported 1,200 cases of sextortion in 2023.", {("cites", "Thorn", "~1,200")}),
    # a well-known name is labelled as the text writes it ("FBI" alone; "Meta Platforms"), the IRI is one
    ("cites.according_to", "According to the FBI, 3,000 children were targeted last year.",
     {("cites", "FBI", "~3,000")}),
    ("cites.report_showed", "The Ofcom report showed that 22% of children had seen harmful content.",
     {("cites", "Ofcom report", "~22%"), ("published", "Ofcom", "Ofcom report")}),
    ("cites.estimated", "The Internet Watch Foundation estimated 275,000 webpages contained abuse imagery.",
     {("cites", "Internet Watch Foundation", "~275,000")}),
    ("cites.official", "Senator Richard Blumenthal cited 12 million reports of abuse.",
     {("cites", "Richard Blumenthal", "~12 million")}),
    ("cites.money", "The Federal Trade Commission said Epic Games would pay $520 million.",
     {("cites", "Federal Trade Commission", "~$520 million")}),
    ("cites.source_credit", "About 60% of victims met their abuser online.\n\n(Polaris Project)",
     {("cites", "Polaris Project", "~60%")}),
    ("cites.relcl", "The 2023 Safety Index, which found 38% of players faced harassment, was published Monday.",
     {("cites", "2023 Safety Index", "~38%")}),
    ("cites.no_source", "About 300 people attended the hearing.", set()),
    ("cites.date_not_stat", "In 2021, TikTok changed its policy.", set()),
    ("cites.age_not_stat", "A 14-year-old girl was contacted on Discord.", set()),
    # ---- published
    ("published.verb", "The Center for Countering Digital Hate published a report on Monday.",
     {("published", "Center for Countering Digital Hate", "Center for Countering Digital Hate report")}),
    ("published.possessive", "Pew Research Center's Teens and Social Media Survey is widely cited.",
     {("published", "Pew Research Center", "Teens and Social Media Survey")}),
    # ---- accused
    ("accused.verb", "Nevada accused Snap of misleading parents about safety.",
     {("accused", "Nevada", "Snap")}),
    ("accused.after_lawsuit", "Vermont sued Meta on Monday, accusing it of harming children.",
     {("sued", "Vermont", "Meta"), ("accused", "Vermont", "Meta")}),
    # ---- investigated
    ("investigated.verb", "The European Commission is investigating TikTok over its design.",
     {("investigated", "European Commission", "TikTok")}),
    ("investigated.noun", "Ofcom opened an investigation into Telegram last week.",
     {("investigated", "Ofcom", "Telegram")}),
    ("investigated.passive", "Discord was investigated by the Federal Trade Commission.",
     {("investigated", "Federal Trade Commission", "Discord")}),
    # ---- letters
    ("sent_letter_to.verb", "Illinois Attorney General Kwame Raoul sent a letter to Google on Friday.",
     {("sent_letter_to", "Kwame Raoul", "Google"), ("official_of", "Kwame Raoul", "Illinois")}),
    ("sent_letter_to.wrote", "Senator Maria Cantwell wrote to Apple about the app.",
     {("sent_letter_to", "Maria Cantwell", "Apple")}),
    # ---- testimony
    ("testified_before.verb", "Evan Spiegel testified before the Senate Judiciary Committee in January.",
     {("testified_before", "Evan Spiegel", "Senate Judiciary Committee")}),
    ("invited_to_testify.invite", "The House Energy and Commerce Committee invited Shou Chew to testify before the committee.",
     {("invited_to_testify", "Shou Chew", "House Energy and Commerce Committee")}),
    ("invited_to_testify.set", "Linda Yaccarino is set to testify before the Senate Commerce Committee next week.",
     {("invited_to_testify", "Linda Yaccarino", "Senate Commerce Committee")}),
    # ---- denied
    ("denied.claims", "Roblox denied the state's claims.", set()),
    ("denied.possessive", "TikTok rejected Nevada's allegations in a statement.", {("denied", "TikTok", "Nevada")}),
    # ---- rules added after error analysis (sentences written for the tests)
    ("sued.dateline", "PHOENIX — The state of Arizona has sued Kik over its messaging app.",
     {("sued", "Arizona", "Kik")}),
    ("sued.neither_nor", "Neither Oregon nor Idaho sued Twitch over the stream.", set()),
    ("sued.coalition", "A coalition of 12 attorneys general sued Telegram on Friday.",
     {("sued", "12 attorneys general", "Telegram")}),
    ("sued.lawsuit_names", "Ohio Attorney General Dave Yost filed a lawsuit on Monday. The suit names Pixelbyte LLC and its founder, Amy Lund.",
     {("sued", "Dave Yost", "Pixelbyte LLC"), ("sued", "Dave Yost", "Amy Lund"), ("official_of", "Dave Yost", "Ohio")}),
    ("sued.named_list", "Vermont Attorney General Ana Ruiz sued the makers of two quiz apps on Friday. The complaint, "
     "filed in Burlington, names Quizzle Inc., which runs BrainBurst; Tally Games Ltd., the Dublin company behind "
     "WordWhirl and Qube; and Tally's parent company, Oslo-based Nordvik Group ASA.",
     {("sued", "Ana Ruiz", "Quizzle Inc."), ("sued", "Ana Ruiz", "Tally Games Ltd."), ("sued", "Ana Ruiz", "Nordvik Group ASA"),
      ("official_of", "Ana Ruiz", "Vermont"), ("owns", "Quizzle Inc.", "BrainBurst"), ("owns", "Tally Games Ltd.", "WordWhirl"),
      ("owns", "Tally Games Ltd.", "Qube"), ("owns", "Nordvik Group ASA", "Tally Games Ltd.")}),
    ("sued.named_list_appositions", "The Federal Trade Commission sued Corvel Media last week. It also names Corvel's "
     "majority owner, Haskin Capital, and Corvel's chief executive, Dana Pruitt, as defendants.",
     {("sued", "Federal Trade Commission", "Corvel Media"), ("sued", "Federal Trade Commission", "Haskin Capital"),
      ("sued", "Federal Trade Commission", "Dana Pruitt"), ("owns", "Haskin Capital", "Corvel Media"),
      ("ceo_of", "Dana Pruitt", "Corvel Media")}),
    ("sued.also_named_are", "Nevada sued Spindle Labs in May. Also named in the lawsuit are Spindle's founder, "
     "Omar Haddad, and Birchline Payments, a processor in Reno.",
     {("sued", "Nevada", "Spindle Labs"), ("sued", "Nevada", "Omar Haddad"), ("sued", "Nevada", "Birchline Payments")}),
    ("sued.named_list_platforms", "Oakdale school district sued four companies in June. It targets Meta's Instagram "
     "and Facebook and ByteDance-owned TikTok.",
     {("owns", "Meta", "Instagram"), ("owns", "Meta", "Facebook"), ("owns", "ByteDance", "TikTok")}),
    ("sued.named_list_negated", "Maine sued Quilla Inc. in March. The complaint does not name Quilla's owner, Perch Holdings.",
     {("sued", "Maine", "Quilla Inc."), ("owns", "Perch Holdings", "Quilla Inc.")}),
    ("sued.coordinated_agents", "Tumblr was sued by Iowa in May and by Ohio in July.",
     {("sued", "Iowa", "Tumblr"), ("sued", "Ohio", "Tumblr")}),
    ("sued.led_in_filing", "Idaho Attorney General Mark Lowell led a coalition of 12 attorneys general in filing a "
     "lawsuit against Pebblepost Inc. on Monday.",
     {("sued", "Mark Lowell", "Pebblepost Inc."), ("sued", "12 attorneys general", "Pebblepost Inc."),
      ("official_of", "Mark Lowell", "Idaho")}),
    ("sued.joined_in_suing", "Maine joined Vermont in suing Kidlet Inc. last week.",
     {("sued", "Maine", "Kidlet Inc."), ("sued", "Vermont", "Kidlet Inc.")}),
    ("sued.attorneys_general_head", "Weeks later, 9 attorneys general filed their own suits against Twitch.",
     {("sued", "9 attorneys general", "Twitch")}),
    ("sued.filed_accusing", "Oregon filed a lawsuit on Thursday, accusing Hopscotch Labs of selling location data.",
     {("sued", "Oregon", "Hopscotch Labs"), ("accused", "Oregon", "Hopscotch Labs")}),
    ("sued.case_accusing", "Arizona Attorney General Rita Soto brought a case accusing Pinterest of hiding risks.",
     {("sued", "Rita Soto", "Pinterest"), ("official_of", "Rita Soto", "Arizona")}),
    ("sued.known_name_list", "Delaware filed a lawsuit against Google and YouTube LLC in state court.",
     {("sued", "Delaware", "Google"), ("sued", "Delaware", "YouTube LLC")}),
    ("sued.office_of_role", "In May, the Attorney General's Office joined 9 other states in suing Kik over its chats.",
     {("sued", "Attorney General's Office", "Kik"), ("sued", "9 other states", "Kik")}),
    ("sued.legal_form_after_comma", "Utah sued Brightfold, Inc., a Provo tutoring company, and its parent company, "
     "Larkspur Learning Holdings, LLC.",
     {("sued", "Utah", "Brightfold, Inc."), ("sued", "Utah", "Larkspur Learning Holdings, LLC"),
      ("owns", "Larkspur Learning Holdings, LLC", "Brightfold, Inc.")}),
    ("sued.company_over_platform", "Hallo Labs, the company behind the chat app Yappa, hired lawyers. Yappa has 4 "
     "million users. The company was sued by Kansas on Friday.",
     {("sued", "Kansas", "Hallo Labs"), ("owns", "Hallo Labs", "Yappa")}),
    ("sued.names_as_defendants_first", "The Oregon Department of Justice sued Quillmate Inc. on Monday. It also names "
     "as defendants the streamers Ada Brook and Leo Marsh, who promoted the app, and Tollgate Payments Ltd., its processor.",
     {("sued", "Oregon Department of Justice", "Quillmate Inc."), ("sued", "Oregon Department of Justice", "Ada Brook"),
      ("sued", "Oregon Department of Justice", "Leo Marsh"), ("sued", "Oregon Department of Justice", "Tollgate Payments Ltd.")}),
    ("sued.plural_complaints_name", "The Ash Creek School District and the Pine Hollow School District filed complaints "
     "on Monday. The districts' complaints name Meta Platforms Inc. and Snap Inc.",
     {("sued", "Ash Creek School District", "Meta Platforms Inc."), ("sued", "Ash Creek School District", "Snap Inc."),
      ("sued", "Pine Hollow School District", "Meta Platforms Inc."), ("sued", "Pine Hollow School District", "Snap Inc.")}),
    ("sued.the_coalition", "A coalition of 20 attorneys general sued Lumalink Inc. on Monday. The coalition also sued "
     "Cordell Hosting, the company that stored its data.",
     {("sued", "20 attorneys general", "Lumalink Inc."), ("sued", "20 attorneys general", "Cordell Hosting")}),
    ("sued.spelled_group", "Thirty states sued Pinterest in 2024.", {("sued", "Thirty states", "Pinterest")}),
    ("sued.agency_of_appositive", "The consumer agency of Minas Gerais state, Procon-MG, filed a lawsuit against "
     "Vendaza in May.", {("sued", "Procon-MG", "Vendaza")}),
    ("sued.list_read_as_apposition", "The Cedar Bluff School District, the Mill Creek School District and the "
     "Stone Ridge School District filed complaints against Meta on Monday.",
     {("sued", "Cedar Bluff School District", "Meta"), ("sued", "Mill Creek School District", "Meta"),
      ("sued", "Stone Ridge School District", "Meta")}),
    ("ceo_of.semicolon_list", "Ana Ruiz, chief executive of Tessel Inc., which operates the app Chirpa; Omar Diaz, "
     "CEO of Lantern Games, the maker of the game Brightfall; and Kim Sato, a lawyer, testified on Tuesday.",
     {("ceo_of", "Ana Ruiz", "Tessel Inc."), ("ceo_of", "Omar Diaz", "Lantern Games"), ("owns", "Tessel Inc.", "Chirpa"),
      ("owns", "Lantern Games", "Brightfall")}),
    ("owns.behind_untagged_app", "The bureau fined Corvina Inc., the company behind Cash Pal, last year.",
     {("owns", "Corvina Inc.", "Cash Pal")}),
    ("owns.app_tagged_as_place", "Marrow Labs, a Denver startup, runs the companion app Kindred.",
     {("owns", "Marrow Labs", "Kindred")}),
    ("owns.parent_company_of_place_tag", "Also named is Lumacore Holdings, the Singapore-based parent company of "
     "Hollowpine.", {("owns", "Lumacore Holdings", "Hollowpine")}),
    ("published.service_run_by", "Kidsline, the counselling service run by the charity Youthwell, said calls rose.",
     {("published", "Youthwell", "Kidsline")}),
    ("published.service_operated_by", "The Prairie Trafficking Hotline, which is operated by the nonprofit Haven Road, "
     "took more calls.", {("published", "Haven Road", "Prairie Trafficking Hotline")}),
    ("published.web_portal", "Residents can file a complaint at ReportScamsOhio.gov, the consumer fraud portal operated "
     "by the Ohio Department of Commerce.", {("published", "Ohio Department of Commerce", "ReportScamsOhio.gov")}),
    ("published.acronym_line", "Parents can contact OH Teen Line, a free text service run by the Buckeye Youth Center.",
     {("published", "Buckeye Youth Center", "OH Teen Line")}),
    ("owns.service_run_by_company", "Snapchat, the messaging service run by Snap Inc., added new limits.",
     {("owns", "Snap Inc.", "Snapchat")}),
    ("owns.line_inside_company_name", "Zelora Pay, the payments app owned by Harbor Line Financial, was fined. "
     "Harbor Line's chief executive, Dennis Achter, declined to testify.",
     {("owns", "Harbor Line Financial", "Zelora Pay"), ("ceo_of", "Dennis Achter", "Harbor Line Financial")}),
    ("cites.alleged", "The Federal Trade Commission alleged that more than 1.9 million consumers were billed twice.",
     {("cites", "Federal Trade Commission", "~1.9 million")}),
    ("cites.testified", "Ohio Attorney General Dana Marsh testified that her office had received 4,200 complaints.",
     {("cites", "Dana Marsh", "~4,200"), ("official_of", "Dana Marsh", "Ohio")}),
    ("cites.plaintiffs_complaint", "According to the Justice Department's complaint, Paywise flagged more than "
     "41,000 accounts in 2023.", {("cites", "Justice Department", "~41,000")}),
    # a count of a body's own work without a reporting verb is not cited (measured precision 0.38)
    ("cites.no_reporting_verb", "The Ridgefield Police Department investigated 41 sextortion cases in 2024.", set()),
    # "the report" refers back to the titled report, also after a sentence that resolved it
    ("cites.the_report_again", 'A report by the Lumen Institute, titled "Quiet Rooms," was released on Monday. '
     "According to the report, 40% of the apps had no filters. The report found that 12 of the 30 apps had no age check.",
     {("published", "Lumen Institute", "Quiet Rooms"), ("cites", "Quiet Rooms", "~40%"), ("cites", "Quiet Rooms", "~12 of the 30")}),  # "according to the report": the report alone
    ("cites.report_title_in_apposition", "The regulator Ofcom published its first review of the rules on Monday. "
     "The report, Checks and Balances, found that 18% of children had seen adult content.",
     {("published", "Ofcom", "Checks and Balances"), ("cites", "Checks and Balances", "~18%")}),
    # criminal charges are a prosecution: the prosecuting body "sued" the accused
    ("sued.prosecution_service_charged", "The Harwell Public Prosecution Service charged Tomas Lind with fraud on Monday.",
     {("sued", "Harwell Public Prosecution Service", "Tomas Lind"), ("accused", "Harwell Public Prosecution Service", "Tomas Lind")}),
    ("sued.authorised_charges_it", "The Crown Prosecution Service said it had authorised charges against Mara Quell, 41.",
     {("sued", "Crown Prosecution Service", "Mara Quell")}),
    ("sued.it_filed_proceedings", "The Fair Trading Commission has been busy. In 2023 it filed proceedings against "
     "Brindle Shopping Limited over misleading prices.",
     {("sued", "Fair Trading Commission", "Brindle Shopping Limited")}),
    ("sued.intends_to_bring_claim", "The Fair Trading Commission met a customer group in May. The group said it intends "
     "to bring a claim against Brindle Shopping Limited.", set()),
    # "Snapchat maker Snap Inc.": product, parent noun, company in a row
    ("owns.maker_before_name", "The suit names Snapchat maker Snap Inc. and Brickfall developer Pinewood Games Inc.",
     {("owns", "Snap Inc.", "Snapchat"), ("owns", "Pinewood Games Inc.", "Brickfall")}),
    ("owns.develops_the_x_app", "Moonwell Health Ltd, which develops the Cyclara app, was fined on Monday.",
     {("owns", "Moonwell Health Ltd", "Cyclara")}),
    # "police said", "the Tokyo prosecutors said": the force or prosecution named before
    ("cites.police_said", "The Marlow Police Department opened an inquiry in May. In at least 15 of last year's cases, "
     "first contact happened on Partyline, police said.",
     {("cites", "Marlow Police Department", "~15 of last year")}),
    ("cites.place_prosecutors_said", "The Nagoya District Public Prosecutors Office indicted Kiri KK on Monday. The case "
     "involves 2,300 victims, the Nagoya prosecutors said.",
     {("sued", "Nagoya District Public Prosecutors Office", "Kiri KK"), ("cites", "Nagoya District Public Prosecutors Office", "~2,300")}),
    ("cites.police_other_place", "The Marlow Police Department opened an inquiry in May. About 40 people were arrested, "
     "Dover police said.", set()),
    ("sued.gapped_second_object", "New Mexico sued Meta in 2023 and Snap in 2024.",
     {("sued", "New Mexico", "Meta"), ("sued", "New Mexico", "Snap")}),
    ("cites.investigators_in_office", "Vermont Attorney General Dana Roe sued Glimmerly Inc. on Monday. Investigators in Roe's office "
     "say they identified 87 private rooms on the app.",
     {("sued", "Dana Roe", "Glimmerly Inc."), ("official_of", "Dana Roe", "Vermont"), ("cites", "Dana Roe", "~87")}),
    ("published.possessive_on_title_word", "The NCSC's Threat Outlook report, published in March, found that 41% of "
     "small firms had been attacked.",
     {("published", "NCSC", "Threat Outlook report"), ("cites", "Threat Outlook report", "~41%")}),
    ("published.untitled_report_named_by_its_author", "A survey by the Halden Institute found that 30% of teens had "
     "met a stranger online. A 2024 study by the Orvale Foundation found that 12% had been threatened.",
     {("cites", "Halden Institute survey", "~30%"),
      ("published", "Halden Institute", "Halden Institute survey"), ("cites", "Orvale Foundation study", "~12%"), ("published", "Orvale Foundation", "Orvale Foundation study")}),
    # a court filing is a Report: what it states, it cites (the issue's class list names complaints)
    ("cites.bare_complaint", "According to the complaint, Paywise flagged more than 41,000 accounts in 2023.",
     {("cites", "complaint", "~41,000")}),
    ("cites.the_petition_says", "Ohio sued Paywise in May. Paywise ran more than 58,000 ads last year, the petition says.",
     {("sued", "Ohio", "Paywise"), ("cites", "petition", "~58,000")}),
    ("sued.named_list_long_subject", "Iowa Attorney General Lena Park sued Snap Inc. on Monday. The 90-page complaint, "
     "filed in Polk County, also names Snap's co-founder and chief executive, Evan Spiegel, as a defendant.",
     {("sued", "Lena Park", "Snap"), ("sued", "Lena Park", "Evan Spiegel"), ("official_of", "Lena Park", "Iowa"),
      ("ceo_of", "Evan Spiegel", "Snap")}),
    ("sued.named_list_filed_by", "The Province of Manitoba has taken the maker of a tutoring app to court. The action, "
     "brought by Attorney General Ravi Gill on Tuesday, names Quillwise Inc. and its parent firm, Crestline Group.",
     {("sued", "Province of Manitoba", "Quillwise Inc."), ("sued", "Province of Manitoba", "Crestline Group"),
      ("sued", "Ravi Gill", "Quillwise Inc."), ("sued", "Ravi Gill", "Crestline Group"),
      ("owns", "Crestline Group", "Quillwise Inc."), ("official_of", "Ravi Gill", "Province of Manitoba")}),
    ("sued.against_it", "Kik Interactive asked a judge to dismiss the lawsuit brought against it in May by the "
     "Oregon Department of Justice.", {("sued", "Oregon Department of Justice", "Kik Interactive")}),
    ("sued.against_it_no_antecedent", "Pixora lost a ruling in Texas. The ed-tech company asked a judge to dismiss the "
     "case the FTC brought against it in May.", set()),
    ("sued.state_office", "Nova Games was hit with a lawsuit by the Ohio Attorney General's Office on Friday.",
     {("sued", "Ohio Attorney General's Office", "Nova Games")}),
    ("owns.app_name_after_noun", "Kestrel Systems makes software. Kestrel, which owns Nimbus Drive and the note-taking app "
     "Quill, declined to comment.", {("owns", "Kestrel Systems", "Nimbus Drive"), ("owns", "Kestrel Systems", "Quill")}),
    ("cites.despite_not_speaker", "Despite data showing 3 million reports of abuse on Kik, the company told reporters "
     "that it works with police.", set()),
    ("published.maintains_registry", "The Oregon Consumer Agency, which maintains the state's Data Broker Registry, "
     "said it had added new rules.", {("published", "Oregon Consumer Agency", "Data Broker Registry")}),
    ("official_of.county_prosecutor", "Franklin County Prosecutor Dana Lowe sued Kidzy Inc. on Monday.",
     {("sued", "Dana Lowe", "Kidzy Inc."), ("official_of", "Dana Lowe", "Franklin County")}),
    ("official_of.untagged_place", "Manitoba Premier Wab Kinew welcomed the bureau's move.",
     {("official_of", "Wab Kinew", "Manitoba")}),
    ("official_of.portfolio_not_place", "Industry Minister Paul Gagnon welcomed the bureau's move.", set()),
    ("official_of.title_modifier_not_place", "Assistant Attorney General Gail Slater spoke on Monday.", set()),
    ("sued.it_subject", "Snap faced criticism for years. It was sued by Nevada in January.",
     {("sued", "Nevada", "Snap")}),
    ("owns.company_behind", "Vermont sued Glimmer Labs, the company behind the chat app Wisp.",
     {("sued", "Vermont", "Glimmer Labs"), ("owns", "Glimmer Labs", "Wisp")}),
    ("owns.its_parent", "Iowa sued Brightway Games, along with its parent company, Halden Group.",
     {("sued", "Iowa", "Brightway Games"), ("sued", "Iowa", "Halden Group"), ("owns", "Halden Group", "Brightway Games")}),
    ("owns.its_platform", "Microsoft said its LinkedIn service would add new checks.", {("owns", "Microsoft", "LinkedIn")}),
    ("owns.possessive_list", "Regulators questioned Alphabet's YouTube and Gmail about the practice.",
     {("owns", "Alphabet", "YouTube"), ("owns", "Alphabet", "Gmail")}),
    ("owns.possessive_in_list", "The report named Reddit, Tumblr and Meta's Threads.", {("owns", "Meta", "Threads")}),
    ("ceo_of.context", "Epic Games settled the case. Chief executive Tim Sweeney called it fair.",
     {("ceo_of", "Tim Sweeney", "Epic Games")}),
    ("ceo_of.short_company", "Orbit Media Inc. was fined. Orbit CEO Dana Kline apologized.",
     {("ceo_of", "Dana Kline", "Orbit Media Inc.")}),
    ("official_of.coordinated_titles", "Ohio Gov. Mike DeWine and Attorney General Dave Yost announced the case.",
     {("official_of", "Mike DeWine", "Ohio"), ("official_of", "Dave Yost", "Ohio")}),
    ("official_of.city_attorney", "Los Angeles City Attorney Hydee Feldstein Soto spoke on Monday.",
     {("official_of", "Hydee Feldstein Soto", "Los Angeles")}),
    ("official_of.its_ag", "Georgia acted first, when its attorney general, Chris Carr, sued Roblox.",
     {("official_of", "Chris Carr", "Georgia"), ("sued", "Chris Carr", "Roblox")}),
    ("cites.data_from", "Data from the Pew Research Center showed that 35% of adults use Reddit.",
     {("cites", "Pew Research Center", "~35%")}),
    ("cites.research_published_by", "Research published by Ofcom found that 41% of children had lied about their age.",
     {("cites", "Ofcom", "~41%")}),
    ("cites.pronoun", "Senator Ed Markey spoke on Tuesday. He said 2,500 children were affected.",
     {("cites", "Ed Markey", "~2,500")}),
    ("cites.report_by_author", "A report by the research firm Sensity found that 96% of deepfakes were sexual.",
     {("cites", "Sensity report", "~96%"), ("published", "Sensity", "Sensity report")}),
    ("cites.apposition_participle", "Fairplay, a nonprofit that tracks advertising, found that 1 in 5 apps shared data.",
     {("cites", "Fairplay", "~1 in 5")}),
    ("cites.age_threshold", "The app has 400 users who are younger than 13, the company said.", set()),
    ("published.passive", "A youth survey published by the Department of Education found that 30% of pupils were bullied.",
     {("published", "Department of Education", "youth survey"), ("cites", "youth survey", "~30%")}),
    # ---- the lawsuit of an earlier sentence; coalition leaders; relative clauses; courts
    ("sued.joined_as_coplaintiff", "Idaho Attorney General Ruth Okonjo sued Pixelport on Monday. "
     "Boise City Council joined the lawsuit as a co-plaintiff.",
     {("sued", "Ruth Okonjo", "Pixelport"), ("official_of", "Ruth Okonjo", "Idaho"), ("sued", "Boise City Council", "Pixelport")}),
    ("sued.named_as_defendant", "Fennec Games was named as a defendant in a lawsuit filed by Maine Attorney General Carl Dube.",
     {("sued", "Carl Dube", "Fennec Games"), ("official_of", "Carl Dube", "Maine")}),
    ("sued.it_names", "Oregon sued Glimmerfeed on Friday. It names the app's owner, Brightfold Labs Inc., as a second defendant.",
     {("sued", "Oregon", "Glimmerfeed"), ("sued", "Oregon", "Brightfold Labs Inc.")}),
    ("sued.coalition_leaders", "A coalition of 30 attorneys general, led by Iowa and Utah, filed a suit against Snapfeed.",
     {("sued", "30 attorneys general", "Snapfeed"), ("sued", "Iowa", "Snapfeed"), ("sued", "Utah", "Snapfeed")}),
    ("sued.lawsuit_led_by", "Twelve states sued Marketloop Inc. in June. The lawsuit, led by Ohio Attorney General Dan Reiss, "
     "alleges fraud.",
     {("sued", "Twelve states", "Marketloop Inc."), ("sued", "Dan Reiss", "Marketloop Inc."), ("official_of", "Dan Reiss", "Ohio")}),
    ("sued.relative_clause", "A judge refused to dismiss the lawsuit that Kansas and Iowa brought against Veldt Media.",
     {("sued", "Kansas", "Veldt Media"), ("sued", "Iowa", "Veldt Media")}),
    ("sued.application_in_court", "The Privacy Regulator filed an urgent application in the High Court in Durban against "
     "Kopano Credit (Pty) Ltd.",
     {("sued", "Privacy Regulator", "Kopano Credit (Pty) Ltd.")}),
    ("sued.to_court_infinitive", "In 2019 the Commission took Danish ticket seller Billetdax to court.",
     {("sued", "Commission", "Billetdax")}),
    ("sued.agency_apposition", "The province's consumer agency, Procon-MG, filed a civil action against Apostix Ltda.",
     {("sued", "Procon-MG", "Apostix Ltda")}),
    ("sued.headline_title_case", "Attorney General Moreno Sues Offshore Betting Operators Over Illegal Apps", set()),
    # ---- titles the parser splits; owned names NER calls places; legal forms
    ("ceo_of.hyphenated_title", "Brindle's co-founder and chief executive, Marta Oyelaran, declined to comment.",
     {("ceo_of", "Marta Oyelaran", "Brindle")}),
    ("ceo_of.unknown_company_possessive", "Silver Finch Studios's founder and chief executive, Tomas Ruel, resigned.",
     {("ceo_of", "Tomas Ruel", "Silver Finch Studios")}),
    ("ceo_of.name_tagged_place", "Kestrova's chief executive, Adaeze Martins, did not respond.",
     {("ceo_of", "Adaeze Martins", "Kestrova")}),
    ("owns.both_and", "Pinewell Holdings, which owns both Quillo and Marketvane, is majority-owned by Lisbon-based Arvo Capital.",
     {("owns", "Pinewell Holdings", "Quillo"), ("owns", "Pinewell Holdings", "Marketvane"),
      ("owns", "Arvo Capital", "Pinewell Holdings")}),
    ("owns.legal_form_joined", "Lindqvist Media AB, the Malmo company that runs the marketplace Bytesalu, declined to comment.",
     {("owns", "Lindqvist Media AB", "Bytesalu")}),
    ("ceo_of.role_words_only", "Ohio's largest employer, Dana Whitlock, spoke on Monday.", set()),
    # ---- figures NER missed; sources behind "data" and "its investigation"
    ("cites.money_ner_missed", "Attorney General Dana Harwell said Quickcart collected at least $210 million from sellers in 2023.",
     {("cites", "Dana Harwell", "~$210 million")}),
    ("cites.foreign_currency", "Kenyans lost an average of KSh 3 billion a month, according to the Central Bank of Kenya.",
     {("cites", "Central Bank of Kenya", "~3 billion")}),
    ("cites.according_to_agency_data", "Consumers lost $4.2 billion to scams last year, according to Federal Communications Commission data.",
     {("cites", "Federal Communications Commission", "~$4.2 billion")}),
    ("cites.its_investigation", "The Competition Authority sued Parcelo. Its investigation found that 9,000 customers were overcharged.",
     {("sued", "Competition Authority", "Parcelo"), ("cites", "Competition Authority", "~9,000")}),
    ("published.title_after_noun", "The Ridgeway Youth Trust published a report in May, \"Locked Out,\" which found "
     "that 1 in 6 pupils had been blackmailed online.",
     {("published", "Ridgeway Youth Trust", "Locked Out"), ("cites", "Locked Out", "~1 in 6")}),
    ("sued.subject_on_participle", "The Utah Division of Consumer Protection, acting on a tip from parents, "
     "filed a complaint against Tallyho Apps Inc. on Monday.",
     {("sued", "Utah Division of Consumer Protection", "Tallyho Apps Inc.")}),
    ("sued.lost_suit_brought_by", "Vexa lost an antitrust suit brought by the Federal Trade Commission.",
     {("sued", "Federal Trade Commission", "Vexa")}),
    ("sued.commenced_proceedings", "The Information Commissioner commenced proceedings on Friday against Brightlane Pty Ltd.",
     {("sued", "Information Commissioner", "Brightlane Pty Ltd.")}),
    ("sued.application_with_tribunal", "The Competition Bureau filed an application with the Competition Tribunal "
     "against Lumaforge Inc.",
     {("sued", "Competition Bureau", "Lumaforge Inc.")}),
    ("owns.located_description", "Idaho sued Pellucid Inc., the Boise, Idaho-based parent company of Glintly, on Monday.",
     {("sued", "Idaho", "Pellucid Inc."), ("owns", "Pellucid Inc.", "Glintly")}),
    ("owns.startup_behind", "The FTC sued Corvid Labs Inc., the Austin startup behind the Murmur companion chatbot.",
     {("sued", "FTC", "Corvid Labs Inc."), ("owns", "Corvid Labs Inc.", "Murmur")}),
    ("owns.parent_of_list", "Lark Group, the parent of Tilda and Fenwick, said it would appeal.",
     {("owns", "Lark Group", "Tilda"), ("owns", "Lark Group", "Fenwick")}),
    ("owns.appos_name_over_acronym", "Ontario sued Velora Labs Ltd., the developer of an AI photo app, Prismcast.",
     {("sued", "Ontario", "Velora Labs Ltd."), ("owns", "Velora Labs Ltd.", "Prismcast")}),
    ("published.said_in_its_report", "Interpol said in its latest Global Fraud Threat Assessment that 3,100 networks were active.",
     {("published", "Interpol", "Global Fraud Threat Assessment"), ("cites", "Interpol", "~3,100"),
      ("cites", "Global Fraud Threat Assessment", "~3,100")}),
    ("published.its_report_quoted", "The Harbor Policy Institute estimated in its report \"Dead Ends\" that fees cost "
     "developers $2.3 billion.",
     {("published", "Harbor Policy Institute", "Dead Ends"), ("cites", "Harbor Policy Institute", "~$2.3 billion"),
      ("cites", "Dead Ends", "~$2.3 billion")}),
    ("published.hyphenated_name", "The Teen Signal Index, a survey published by the Pacific Anti-Fraud Alliance, found "
     "that 22% of teens had been scammed.",
     {("published", "Pacific Anti-Fraud Alliance", "Teen Signal Index"), ("cites", "Teen Signal Index", "~22%")}),
    ("published.state_in_survey_name", "The latest Nevada Healthy Youth Survey, run by the Nevada Health Division, found "
     "that 31% of pupils felt unsafe online.",
     {("published", "Nevada Health Division", "Nevada Healthy Youth Survey"), ("cites", "Nevada Healthy Youth Survey", "~31%")}),
    ("published.periodic_dropped", "The Northern Screens Trust publishes an annual Kids Online Census.",
     {("published", "Northern Screens Trust", "Kids Online Census")}),
    ("official_of.county_title", "Dane County Prosecutor Rosa Kettering filed a complaint against Loopit Inc. on Friday.",
     {("official_of", "Rosa Kettering", "Dane County"), ("sued", "Rosa Kettering", "Loopit Inc.")}),
    ("official_of.party_label", "Sen. Marcus Adeyemi, a Vermont Democrat, wrote to the company in May.",
     {("official_of", "Marcus Adeyemi", "Vermont")}),
    ("official_of.capitalised_portfolio", "Portugal's Minister of State for Digital Transition, Inês Carvalho, said the rules would change.",
     {("official_of", "Inês Carvalho", "Portugal")}),
    ("official_of.party_label_not_person", "Ms. Dana Ruiz, a Colorado Republican, spoke at the rally.", set()),
    ("cites.proportion_one_figure", "Ofcom said fewer than 1 in 10 of the reports were answered.",
     {("cites", "Ofcom", "~1 in 10")}),
    ("cites.according_to_agency_filing", "According to the FTC complaint, Pivotly received 41,000 user reports in 2024.",
     {("cites", "FTC", "~41,000")}),  # the agency named with its filing is the source
    ("cites.company_speaks_for_itself", "Snap Inc. reported 12 million daily users, according to the company's filings.",
     {("cites", "Snap Inc.", "~12 million"), ("cites", "Snap filing", "~12 million")}),
    ("owns.relative_clause_own_head", "The suit names Fernvale Media, the owner of Chirp; Bolt Labs; and Orrin Group, "
     "which owns Tessel and Quarry.",
     {("owns", "Fernvale Media", "Chirp"), ("owns", "Orrin Group", "Tessel"), ("owns", "Orrin Group", "Quarry")}),
    ("sued.the_district", "The Harlan Unified School District met on Monday. The district is joining a lawsuit against "
     "Meta Platforms and Snap Inc.",
     {("sued", "Harlan Unified School District", "Meta Platforms"), ("sued", "Harlan Unified School District", "Snap Inc.")}),
    ("sued.the_agency_complaint", "The Federal Trade Commission sued Corvid Labs Inc. on Monday. The agency's complaint "
     "also names Corvid's chief executive, Ines Baptiste, as a defendant.",
     {("sued", "Federal Trade Commission", "Corvid Labs Inc."), ("sued", "Federal Trade Commission", "Ines Baptiste"),
      ("ceo_of", "Ines Baptiste", "Corvid Labs Inc.")}),
    ("owns.its_subsidiary", "The suit names Corvane Interactive Inc. and its subsidiary Mote Labs.",
     {("owns", "Corvane Interactive Inc.", "Mote Labs")}),
    ("owns.possessive_unit_apposition", "It names Amazon's payments unit, Amazon Pay LLC, as a second defendant.",
     {("owns", "Amazon", "Amazon Pay LLC")}),
    ("owns.the_group_runs", "Listmart is Brenner Holding's biggest business, but the group also runs the car marketplace Autolo.",
     {("owns", "Brenner Holding", "Autolo")}),
    ("ceo_of.led_by_platform", "In Asia, Discord, led by chief executive Minh Tran, expanded quickly.",
     {("ceo_of", "Minh Tran", "Discord")}),
    ("ceo_of.head_of", "Priya Nandakumar, the head of Kestrel Games, testified on Tuesday.",
     {("ceo_of", "Priya Nandakumar", "Kestrel Games")}),
    ("ceo_of.head_of_department_not_ceo", "Samir Qadri, head of trust and safety at Kestrel Games, told a panel.", set()),
    ("ceo_of.short_form_employer", "Brightwell Games Inc. sells puzzle apps. Brightwell chief executive Omar Tally said it would appeal.",
     {("ceo_of", "Omar Tally", "Brightwell Games Inc.")}),
    ("published.titled_on_verb", "A report by the Open Borders Fund found 900 adverts. Nearly 40 per cent of them were "
     "posted from three states, according to the report, titled \u201cFor Sale Online.\u201d",
     {("published", "Open Borders Fund", "For Sale Online"), ("cites", "For Sale Online", "~900"), ("cites", "For Sale Online", "~40 per cent"),
      ("cites", "For Sale Online", "~three states")}),
    ("published.possessive_quoted_study", "The Harbor Lab released data on Monday. The lab's study \"Paid to Watch,\" published "
     "in March, estimated that viewers sent $2 million to minors.",
     {("published", "Harbor Lab", "Paid to Watch"), ("cites", "Paid to Watch", "~$2 million")}),
    ("robust.superscript_digits", "² Texas Attorney General Ken Paxton sued Meta on Monday. Use grew ²²%.",
     {("sued", "Ken Paxton", "Meta"), ("official_of", "Ken Paxton", "Texas")}),
    ("cites.fraction", "According to Ofcom, nearly a third of the children were under 13.",
     {("cites", "Ofcom", "~a third")}),
    ("cites.period_not_fraction", "Ofcom said the complaints rose in the first half of 2025.", set()),
    ("resolve.company_without_legal_form", "Maine sued Quillfeather, Inc. on Monday. Quillfeather is led by chief "
     "executive Dara Munro.",
     {("sued", "Maine", "Quillfeather, Inc."), ("ceo_of", "Dara Munro", "Quillfeather, Inc.")}),
    ("sued.court_before_against", "The Enforcement Directorate has lodged a prosecution complaint before a special court "
     "in Panaji against Lucky Ledger Pvt Ltd and its two promoters, Arun Pai and Nisha Rao.",
     {("sued", "Enforcement Directorate", "Lucky Ledger Pvt Ltd"), ("sued", "Enforcement Directorate", "Arun Pai"),
      ("sued", "Enforcement Directorate", "Nisha Rao")}),
    ("sued.filed_by_against_parent", "Advocates welcomed the lawsuit filed by Iowa Attorney General Ruth Engel against "
     "Hirewell Inc., an online job board, and its parent company, Castor Staffing Group.",
     {("sued", "Ruth Engel", "Hirewell Inc."), ("sued", "Ruth Engel", "Castor Staffing Group"),
      ("official_of", "Ruth Engel", "Iowa"), ("owns", "Castor Staffing Group", "Hirewell Inc.")}),
    ("names.date_not_in_name", "Twelve states sued Quarry Labs on Monday.", {("sued", "Twelve states", "Quarry Labs")}),
    ("ceo_of.whose_apposition", "Lark Holdings plc, a Malta-based holding company whose chief executive officer, "
     "Sven Dahl, spoke to investors, denied wrongdoing.",
     {("ceo_of", "Sven Dahl", "Lark Holdings plc")}),
    ("ceo_of.honorific_after_comma", "Pinefold Games Pte Ltd makes games. Pinefold's co-founder and chief executive "
     "officer, Mr Lim Wei Jie, said it would comply.",
     {("ceo_of", "Lim Wei Jie", "Pinefold Games Pte Ltd")}),
    ("sued.states_attorney", "Cook County State's Attorney Rosa Delgado is suing Brokerline Data Exchange.",
     {("sued", "Rosa Delgado", "Brokerline Data Exchange"), ("official_of", "Rosa Delgado", "Cook County")}),
    ("sued.injunction", "The Consumer Protection Authority applied to the High Court for an injunction against Lootbright Pte Ltd.",
     {("sued", "Consumer Protection Authority", "Lootbright Pte Ltd.")}),
    ("names.well_known_not_joined", "Meta and Microsoft Commission reports were cited.", set()),
    ("sued.amended_to_add", "Maine Attorney General Lucia Ortiz filed suit against Emberly Inc. in June. In May, the state "
     "amended its complaint to add chief executive Tom Vance and Cirrus Cloud Corp.",
     {("sued", "Lucia Ortiz", "Emberly Inc."), ("official_of", "Lucia Ortiz", "Maine"), ("sued", "Lucia Ortiz", "Tom Vance"),
      ("sued", "Lucia Ortiz", "Cirrus Cloud Corp."), ("ceo_of", "Tom Vance", "Emberly Inc.")}),
    ("sued.lawsuit_accusing", "A judge refused to dismiss Oregon's lawsuit accusing Brightleaf Apps Inc. of deceiving parents.",
     {("sued", "Oregon", "Brightleaf Apps Inc.")}),
    ("kinds.long_line_without_full_stop_is_prose", "Intro line here.\n\nMeta came under fire after the U.K.'s Lantern "
     "Children's Charity published a report that showed the app is being used by adults to contact and groom children\n\nMore.",
     {("published", "Lantern Children's Charity", "Lantern Children's Charity report")}),
    ("kinds.short_line_without_full_stop_is_headline", "Ohio sues Glintly over teen safety features\n\nBy Staff", set()),
    ("owns.list_with_own_owners", "The designated stores are Apple's App Store, Google Play, the Samsung Galaxy Store "
     "and the Microsoft Store, which is operated by Microsoft.",
     {("owns", "Apple", "App Store"), ("owns", "Microsoft", "Microsoft Store"), ("owns", "Samsung", "Galaxy Store")}),
    ("cites.titled_survey_not_its_words", "The Teens and Screens survey, published in May by the Harbor Policy Center, "
     "a Denver nonprofit, found that 31 percent of pupils used a phone at night.",
     {("published", "Harbor Policy Center", "Teens and Screens survey"), ("cites", "Teens and Screens survey", "~31 percent")}),
    ("published.service_line", "Harbor Youth Network, a Tulsa nonprofit that runs the OpenDoor Text Line for teenagers, "
     "said the line handled 1,200 conversations.",
     {("published", "Harbor Youth Network", "OpenDoor Text Line"), ("cites", "Harbor Youth Network", "~1,200")}),
    # ---- reports named by their author, then by a title; operators of tip lines
    ("published.by_titled_later", "A study by the Harbor Youth Alliance found that 12% of pupils had been bullied online. "
     "The alliance's report, titled \"Logged In, Left Out,\" was released in Boston.",
     {("published", "Harbor Youth Alliance", "Logged In, Left Out"), ("cites", "Logged In, Left Out", "~12%")}),
    ("published.relcl_runs", "Safe Kids Dakota, a Fargo nonprofit that runs the KidLine Prairie Helpline, said it took 900 calls.",
     {("published", "Safe Kids Dakota", "KidLine Prairie Helpline"), ("cites", "Safe Kids Dakota", "~900")}),
    ("published.that_published", "Critics cited the \"Open Doors\" transparency report that Ofcom published in May.",
     {("published", "Ofcom", "Open Doors")}),
    ("published.possessive_names_survey", "A survey released by the Coastal Parents Coalition found that 30% of parents were worried. "
     "The coalition's 2024 Coastal Family Tech Survey polled 800 parents.",
     {("published", "Coastal Parents Coalition", "2024 Coastal Family Tech Survey"),
      ("cites", "2024 Coastal Family Tech Survey", "~30%")}),
    ("names.cut_at_preposition", "The Northern Institute for Online Harms, based in Leeds, said 4,000 accounts were removed.",
     {("cites", "Northern Institute for Online Harms", "~4,000")}),
    ("sued.along_with_coplaintiffs", "The FTC sued Amazon in June, along with 17 states and Puerto Rico.",
     {("sued", "FTC", "Amazon"), ("sued", "17 states", "Amazon"), ("sued", "Puerto Rico", "Amazon")}),
    ("sued.hit_with_lawsuit", "Zillo Games was hit with a lawsuit by the Oregon Department of Justice.",
     {("sued", "Oregon Department of Justice", "Zillo Games")}),
    ("sued.proceedings", "Ofcom launched proceedings against Telegram in the High Court.",
     {("sued", "Ofcom", "Telegram")}),
    ("official_of.place_in_person_span", "Quebec Premier Francois Legault met the executives.",
     {("official_of", "Francois Legault", "Quebec")}),
    ("official_of.mp_for", "Tom Ellery, the Conservative MP for Dover, raised the case.",
     {("official_of", "Tom Ellery", "Dover")}),
    ("owns.flagship_app", "Glowly, Brightmoor's flagship app, logs moods and sleep.",
     {("owns", "Brightmoor", "Glowly")}),
    ("cites.compound_source", "Eurostat figures show that 64% of households ordered food online.",
     {("cites", "Eurostat", "~64%")}),
    # ---- boilerplate and lists
    ("boilerplate.headline", "TEXAS SUES TIKTOK OVER CHILD SAFETY, OFFICIALS SAY", set()),
    ("boilerplate.promo", "CLICK HERE TO GET THE NEWS APP", set()),
    ("boilerplate.byline", "Reuters reporter Jane Doe contributed to this report.", set()),
    ("boilerplate.credit", "Utah sued TikTok on Monday.\n\n(Getty Images)", {("sued", "Utah", "TikTok")}),
    # ---- session 2 rules: datelines, retyping by context, cut names, surface lists
    ("dateline.split", "TOPEKA, Kan. (AP) — Kansas and Nebraska on Monday sued Quillfeather Games over its loot boxes.",
     {("sued", "Kansas", "Quillfeather Games"), ("sued", "Nebraska", "Quillfeather Games")}),
    ("retype.appositive_company", "Oregon sued Marrowind Interactive, the Portland-based maker of the Glimmer app.",
     {("sued", "Oregon", "Marrowind Interactive"), ("owns", "Marrowind Interactive", "Glimmer")}),
    ("retype.possessed_role", "Tessaly's chief executive is Oren Vasquez, who founded the firm in 2019.",
     {("ceo_of", "Oren Vasquez", "Tessaly")}),
    ("retype.of_role", "Priya Lindqvist, the CEO of Corvane, said the company would appeal.",
     {("ceo_of", "Priya Lindqvist", "Corvane")}),
    ("names.city_of", "The City of Fresno sued Rentlyx and its parent company, Harbor Lane Group, on Thursday.",
     {("sued", "City of Fresno", "Rentlyx"), ("sued", "City of Fresno", "Harbor Lane Group"),
      ("owns", "Harbor Lane Group", "Rentlyx")}),
    ("names.and_inside", "The Wyoming Gaming and Wagering Commission sued Dicebright on Friday.",
     {("sued", "Wyoming Gaming and Wagering Commission", "Dicebright")}),
    ("names.school_district", "The Pine Ridge Unified School District has sued Snap and Alphabet.",
     {("sued", "Pine Ridge Unified School District", "Snap"), ("sued", "Pine Ridge Unified School District", "Alphabet")}),
    ("names.prosecutor_office", "The Lisbon Public Prosecutor's Office filed an action against Valtrix Games.",
     {("sued", "Lisbon Public Prosecutor's Office", "Valtrix Games")}),
    ("list.surface", "The Harlow County School District sued Meta Platforms, ByteDance, Snap Inc. and Alphabet.",
     {("sued", "Harlow County School District", "Meta Platforms"), ("sued", "Harlow County School District", "ByteDance"),
      ("sued", "Harlow County School District", "Snap Inc."), ("sued", "Harlow County School District", "Alphabet")}),
    ("owns.x_owned_narrow", "It trails Amazon-owned Twitch and YouTube in viewers.", {("owns", "Amazon", "Twitch")}),
    ("owns.possessive_stops", "The suit names Meta's Instagram and Facebook, Microsoft-owned LinkedIn, Reddit and Discord.",
     {("owns", "Meta", "Instagram"), ("owns", "Meta", "Facebook"), ("owns", "Microsoft", "LinkedIn")}),
    ("owns.subsidiary_apposition", "Dovetail Labs, a subsidiary of Ashgrove Ventures, also operates Plinko Pal, a quiz app.",
     {("owns", "Ashgrove Ventures", "Dovetail Labs"), ("owns", "Dovetail Labs", "Plinko Pal")}),
    ("published.report_year", "The Safer Feeds Survey 2024, released by the Northwind Parents Alliance, found that 44% of parents worry.",
     {("published", "Northwind Parents Alliance", "Safer Feeds Survey 2024"), ("cites", "Safer Feeds Survey 2024", "~44%")}),
    ("published.children_possessive", "The Ontario Children's Online Safety Network published the Screen Hours Index.",
     {("published", "Ontario Children's Online Safety Network", "Screen Hours Index")}),
    ("cites.same_report", "- The 2023 Teen Chat Study, published by the Harbor Youth Foundation, found that 28% of teens chat with bots.\n\n"
     "- The same study found that one in six users had shared a photo.",
     {("published", "Harbor Youth Foundation", "2023 Teen Chat Study"), ("cites", "2023 Teen Chat Study", "~28%"),
      ("cites", "2023 Teen Chat Study", "~one in six")}),
    ("cites.relative_clause", "The complaint draws on Brightfield Analytics, a research firm, which estimated that the app earned $3.2 million.",
     {("cites", "Brightfield Analytics", "~$3.2 million")}),
    ("official_of.portfolio", "Manitoba Families Minister Colette Brandt said the province would act.",
     {("official_of", "Colette Brandt", "Manitoba")}),
    ("ceo_of.its_previous_subject", "Quorra Labs, which is owned by Bellweather Group, settled last year. Its chief executive, Dana Whitfield, apologised.",
     {("owns", "Bellweather Group", "Quorra Labs"), ("ceo_of", "Dana Whitfield", "Quorra Labs")}),
    ("names.state_as_org", "Nebraska filed a complaint against Zentrix Labs in March.",
     {("sued", "Nebraska", "Zentrix Labs")}),
    ("retype.must_not_type_person", "Marta Kowalski, the company's lawyer, said Kowalski had no comment.", set()),
    # ---- session 5: titles in apposition, people-noun names, numbers that frame a finding
    ("published.title_in_apposition", "A new study by the Lakeshore Policy Institute came out on Monday. "
     "The institute's study, Lost in the Feed, found that 37 percent of teens saw ads for vapes.",
     {("published", "Lakeshore Policy Institute", "Lost in the Feed"), ("cites", "Lost in the Feed", "~37 percent")}),
    ("published.quoted_title_then_report", 'The Haven Project released "Eyes Everywhere," a report finding that 2,100 apps shared location data.',
     {("published", "Haven Project", "Eyes Everywhere"), ("cites", "Eyes Everywhere", "~2,100")}),
    ("published.by_researchers_at", 'The case builds on a study published in May by researchers at Bremen University. '
     'The study, "Nights Online," found that 41 percent of pupils kept phones in bed.',
     {("published", "Bremen University", "Nights Online"), ("cites", "Nights Online", "~41 percent")}),
    ("names.people_noun_possessive", "The lawsuit cites a review by the Children's Online Trust Network, which found 58% of the apps lacked age checks.",
     {("cites", "Children's Online Trust Network", "~58%"),
      ("published", "Children's Online Trust Network", "Children's Online Trust Network review")}),
    ("statistics.legal_maximum", "The law allows civil penalties of up to $5,000 per violation, Attorney General Tom Reyes said.", set()),
    ("statistics.sample_size", "A poll of 1,200 parents by the Northgate Trust found that 44% worried about chat apps.",
     {("cites", "Northgate Trust poll", "~44%"), ("published", "Northgate Trust", "Northgate Trust poll")}),
    ("statistics.age_band", "Talkly says its app is meant for users 16 and older.", set()),
    ("sued.passive_filing_then_names", "The lawsuit was filed in Marion County court by Marion County and the Lakeview School District. "
     "It names Pindrop Labs Inc. and Halberd Capital.",
     {("sued", "Marion County", "Pindrop Labs Inc."), ("sued", "Marion County", "Halberd Capital"),
      ("sued", "Lakeview School District", "Pindrop Labs Inc."), ("sued", "Lakeview School District", "Halberd Capital")}),
    ("sued.definite_lawsuit_against", "Cook County on Monday sued the operator of 200 betting kiosks. "
     "The lawsuit against Wagerly LLC, filed in Chicago, was approved by the county board.",
     {("sued", "Cook County", "Wagerly LLC")}),
    ("sued.counted_defendants", "Nebraska sued two of the largest ticket resellers, Ticketly Inc. and SeatHub LLC, in March.",
     {("sued", "Nebraska", "Ticketly Inc."), ("sued", "Nebraska", "SeatHub LLC")}),
    ("sued.named_list_colon", "Oregon sued the app's owner on Monday. The lawsuit, filed by Attorney General Nora Vance, names "
     "Quillpoint Inc. and two sellers: a Texas company called Redleaf Supply LLC and a Salem man, Tom Beck.",
     {("sued", "Oregon", "Quillpoint Inc."), ("sued", "Oregon", "Redleaf Supply LLC"), ("sued", "Oregon", "Tom Beck"),
      ("sued", "Nora Vance", "Quillpoint Inc."), ("sued", "Nora Vance", "Redleaf Supply LLC"), ("sued", "Nora Vance", "Tom Beck"),
      ("official_of", "Nora Vance", "Oregon")}),
    ("sued.among_the_states", "Vermont was among the 30 states that sued Glimmer Social last year.",
     {("sued", "Vermont", "Glimmer Social")}),
    ("sued.named_in_same_complaint", "Idaho Attorney General Lena Park sued Fablewood Games on Tuesday. "
     "Orrin Holdings, which bought the studio in 2020, was named in the same complaint.",
     {("sued", "Lena Park", "Fablewood Games"), ("sued", "Lena Park", "Orrin Holdings"), ("official_of", "Lena Park", "Idaho")}),
    ("sued.suit_led_by", "A coalition of states sued Dripcast Inc. on Monday. The suit is being led by Maine Attorney General Ada Roy.",
     {("sued", "states", "Dripcast Inc."), ("sued", "Ada Roy", "Dripcast Inc."), ("official_of", "Ada Roy", "Maine")}),
    ("published.title_after_participle", 'A study released in May by the nonprofit Quiet Rooms Institute, "Always Listening," '
     'found that one in three smart speakers recorded children.',
     {("published", "Quiet Rooms Institute", "Always Listening"), ("cites", "Always Listening", "~one in three")}),
    ("published.appos_title_with_or", "The Moorland Trust campaigns on gaming harms. Its study, Click or Quit, released in "
     "May, found that 37% of teenage players had spent money they did not have.",
     {("published", "Moorland Trust", "Click or Quit"), ("cites", "Click or Quit", "~37%")}),
    ("published.title_is_a_list", "A report released in April by the Harwick Foundation, titled Screens, Snacks and Sleep, "
     "found that 44 percent of pupils used a phone after midnight.",
     {("published", "Harwick Foundation", "Screens, Snacks and Sleep"), ("cites", "Screens, Snacks and Sleep", "~44 percent")}),
    ("published.title_ends_in_particle", "A review was published on Friday by the Lantern Trust. The review, titled "
     "Logged On, found that 52% of the calls came from girls.",
     {("published", "Lantern Trust", "Logged On"), ("cites", "Logged On", "~52%")}),
    ("published.fronted_titled", 'The ruling follows a study by the Lisbon-based group Porto Seguro Digital. Titled "Lost '
     'in the Lobby", it found that 18% of the children had been messaged by an adult.',
     {("published", "Porto Seguro Digital", "Lost in the Lobby"), ("cites", "Lost in the Lobby", "~18%")}),
    ("published.quoted_title_after_author", 'A study by the Oslo-based Nordic Youth Forum, "Hidden Hours," published in June, '
     'examined diaries from 600 pupils. It estimated that 3 in 10 pupils slept less than six hours.',
     {("published", "Nordic Youth Forum", "Hidden Hours"), ("cites", "Hidden Hours", "~3 in 10")}),
    ("published.title_before_dated_report", 'The bill follows "Quiet Feeds," an April report by the Ashgrove Foundation, a '
     'Denver charity. The report found that 19 of the 30 apps it tested showed ads to children.',
     {("published", "Ashgrove Foundation", "Quiet Feeds"), ("cites", "Quiet Feeds", "~19 of the 30")}),
    ("published.its_is_the_clause_subject", 'Bradford Council sued Rookery Games last year. The Orchard Institute, a think '
     'tank based in Leeds, surveyed 900 parents in Bradford and Hull for its report "Night Owls." The report found that '
     '64% of the parents had found their child online after midnight.',
     {("sued", "Bradford Council", "Rookery Games"), ("published", "Orchard Institute", "Night Owls"),
      ("cites", "Night Owls", "~64%")}),
    ("cites.defined_acronym_with_digit", "The Hand 2 Hand Foundation (H2H) works with families. Families lost a combined "
     "$2.4 million to sextortion last year, according to the H2H figures.",
     {("cites", "Hand 2 Hand Foundation", "~$2.4 million")}),
    ("cites.it_added_agency", "The Competition Authority of Kenya said the app misled buyers. More than 60% of the "
     "complaints came from Nairobi, it added.",
     {("cites", "Competition Authority of Kenya", "~60%")}),
    ("cites.according_to_statement", "The Serious Fraud Office (SFO) charged two directors. The office has frozen assets "
     "worth £41 million, according to an SFO statement.",
     {("cites", "Serious Fraud Office", "~£41 million")}),
    ("title.portfolio_taken_for_an_org", "In Manitoba, Justice Minister Kevin Morrisseau said 214 of the reports came "
     "from the province.",
     {("cites", "Kevin Morrisseau", "~214"), ("official_of", "Kevin Morrisseau", "Manitoba")}),
    ("title.director_of_public_prosecutions", "Director of Public Prosecutions Wanjiru Odhiambo said the agency had "
     "posted at least 140 fake job adverts.",
     {("cites", "Wanjiru Odhiambo", "~140")}),
    ("title.police_chief_with_city", "Tulsa Police Chief Marcus Bell said officers had recovered 31 children since May.",
     {("cites", "Marcus Bell", "~31"), ("official_of", "Marcus Bell", "Tulsa")}),
    ("sued.maker_named_later", "Nine states sued the developer of the video platform Clipnest on Monday. The defendants "
     "are Orvale Media Inc., the Austin company that runs Clipnest, and its founder.",
     {("sued", "Nine states", "Orvale Media Inc."), ("owns", "Orvale Media Inc.", "Clipnest")}),
    ("sued.maker_never_named", "Idaho sued the company behind the chat app Pebblechat on Friday.", set()),
    ("owns.which_is_never_a_person", "Fennick Gaming, which also owns the betting app Greenrail, did not respond.",
     {("owns", "Fennick Gaming", "Greenrail")}),
    ("owns.app_named_like_its_operator", "Regulators fined Lootbarn Pty Ltd, the operator of the skins marketplace "
     "Lootbarn, on Friday.",
     {("owns", "Lootbarn Pty Ltd", "Lootbarn")}),
    ("published.hyphen_kept_in_report_name", "Streaming grew 12% last year, according to the annual Stream-Watch Index "
     "published by Halden Analytics, a Denver data firm.",
     {("published", "Halden Analytics", "Stream-Watch Index"), ("cites", "Stream-Watch Index", "~12%")}),
    ("statistics.third_party_and_young_as", "Tickle Inc. shared data with at least one third party about children as young as eight.", set()),
    ("cites.warned", "The Consumer Safety Agency has warned that six out of 10 e-bike batteries it tested were unsafe.",
     {("cites", "Consumer Safety Agency", "~six out of 10")}),
    ("cites.poll_for", "A poll of 1,500 adults for the Northbank Trust found that one in five had lost money to a scam.",
     {("cites", "Northbank Trust poll", "~one in five")}),
    ("owns.developed", "Larkspur Health Inc., which developed the app CalmCove, did not respond.",
     {("owns", "Larkspur Health Inc.", "CalmCove")}),
    ("owns.made_by", "Among them is the budgeting app Pennywise, made by Lisbon-based Tejo Labs.",
     {("owns", "Tejo Labs", "Pennywise")}),
    ("owns.both_owned_by", "Scammers advertise on Instagram and Facebook, both owned by Meta.",
     {("owns", "Meta", "Instagram"), ("owns", "Meta", "Facebook")}),
    ("owns.made_not_a_platform", "Orvane Labs made a donation to the Brightside Trust.", set()),
    ("owns.it_bought", "Quillon Inc. is based in Ohio. Its other products include the chat tool Hubbly, which it bought in 2020.",
     {("owns", "Quillon Inc.", "Hubbly")}),
    ("owns.respectively", "The districts sued Vantor Inc., Pellway Ltd and Orbix Group, the owners of Chatly, Snapbox and Reelo respectively.",
     {("owns", "Vantor Inc.", "Chatly"), ("owns", "Pellway Ltd", "Snapbox"), ("owns", "Orbix Group", "Reelo")}),
    ("sued.charged_with", "The Justice Department opened the case in May. Last month it charged a Tulsa man, Dale Rourke, with wire fraud.",
     {("sued", "Justice Department", "Dale Rourke")}),
    ("sued.charge_against", "The Serious Fraud Office has filed a 12-count charge against Orlin Payments Ltd and its director, Kofi Mensah.",
     {("sued", "Serious Fraud Office", "Orlin Payments Ltd"), ("sued", "Serious Fraud Office", "Kofi Mensah")}),
    ("sued.charged_a_price", "The Federal Trade Commission said Glowly charged users $9.99 a month.",
     {("cites", "Federal Trade Commission", "~$9.99")}),
    ("sued.not_charged", "Prosecutors have not charged Lumen Inc. with any crime.", set()),
    ("official_of.co_plaintiff", "Vermont sued Dealbolt on Thursday. The complaint, brought by Attorney General Ruth Okoye, also targets Kestrel Gaming Group.",
     {("sued", "Vermont", "Dealbolt"), ("sued", "Ruth Okoye", "Kestrel Gaming Group"), ("official_of", "Ruth Okoye", "Vermont"),
      ("sued", "Ruth Okoye", "Dealbolt"), ("sued", "Vermont", "Kestrel Gaming Group")}),
    ("names.first_word_short_form", "Oregon sued Stridely Health Inc. on Monday. Stridely also owns Drowse, a sleep-tracking app it acquired in 2023.",
     {("sued", "Oregon", "Stridely Health Inc."), ("owns", "Stridely Health Inc.", "Drowse")}),
    ("names.app_then_untagged_name", "Kentucky sued Brightloop Commerce Inc. on Monday. Brightloop, which also owns the clothing resale app Thriftly, "
     "said it bans such sales.",
     {("sued", "Kentucky", "Brightloop Commerce Inc."), ("owns", "Brightloop Commerce Inc.", "Thriftly")}),
    ("names.short_form_not_inside_other_name", "Corvane Media was bought by Stonebridge Meyer Partners. Stonebridge Meyer paid $90 million.",
     {("owns", "Stonebridge Meyer Partners", "Corvane Media")}),
    ("sued.his_office_filed", "Idaho Attorney General Cole Barrow spoke on Monday. On Tuesday, his office filed a lawsuit against Fablewood Games.",
     {("sued", "Cole Barrow", "Fablewood Games"), ("official_of", "Cole Barrow", "Idaho")}),
    ("sued.office_filed_jointly", "Marin County sued the kiosk operator. County Counsel Dana Whitfield's office filed the complaint "
     "jointly with the city of Novato. Also named as defendants are Coinlane Corp. and its chief executive, Ron Tate.",
     {("sued", "Marin County", "Coinlane Corp."), ("sued", "Marin County", "Ron Tate"), ("sued", "Novato", "Coinlane Corp."),
      ("sued", "Novato", "Ron Tate"), ("sued", "Dana Whitfield", "Coinlane Corp."), ("sued", "Dana Whitfield", "Ron Tate"),
      ("ceo_of", "Ron Tate", "Coinlane Corp.")}),
    ("sued.prosecutors_office_is_not_a_person", "Mayor Ana Ruiz spoke. The public prosecutor's office in Madrid filed a civil suit against Listora SL.",
     set()),
    ("cites.fronted_in_report", "In the Coastal Youth Survey conducted by the Harbor Health Board, 31 percent of pupils said they slept badly.",
     {("cites", "Coastal Youth Survey", "~31 percent"), ("published", "Harbor Health Board", "Coastal Youth Survey")}),
    ("cites.fronted_in_year_is_no_source", "In 2024, 31 percent of pupils said they slept badly.", set()),
    ("cites.the_spokesperson", "Oregon sued Pellway Inc. and its parent, Vantor Group. A Vantor spokesperson declined to comment on the suit. "
     "The spokesperson said the company had removed 2.3 million accounts last year.",
     {("sued", "Oregon", "Pellway Inc."), ("sued", "Oregon", "Vantor Group"), ("owns", "Vantor Group", "Pellway Inc."),
      ("cites", "Vantor Group", "~2.3 million")}),
    ("sued.both_target", "The lawsuits were filed separately in Boise by Idaho Attorney General Cole Barrow and in Helena by Montana "
     "Attorney General Jo Linden. Both target Fablewood Games and its parent, Orrin Holdings.",
     {("sued", "Cole Barrow", "Fablewood Games"), ("sued", "Cole Barrow", "Orrin Holdings"), ("sued", "Jo Linden", "Fablewood Games"),
      ("sued", "Jo Linden", "Orrin Holdings"), ("official_of", "Cole Barrow", "Idaho"), ("official_of", "Jo Linden", "Montana"),
      ("owns", "Orrin Holdings", "Fablewood Games")}),
    ("published.report_the_x_released", 'The senators cite "Cold Open," a report the Northgate Trust released in May.',
     {("published", "Northgate Trust", "Cold Open")}),
    ("published.its_people_noun_title", "Ofcom fined the app last year. Its Children's Media Tracker, published in March, "
     "found that 36% of children had a profile.",
     {("published", "Ofcom", "Children's Media Tracker"), ("cites", "Children's Media Tracker", "~36%")}),
    ("sued.not_named_in_complaint", "Idaho sued Fablewood Games on Tuesday. Orrin Holdings was not named in the complaint.",
     {("sued", "Idaho", "Fablewood Games")}),
    # an app named after the company that makes it: two nodes; the company is the party and the speaker
    ("owns.app_named_after_maker", "Maine sued the company behind the photo app Lumio on Monday. The complaint names "
     "Lumio Digital Inc., which develops the Lumio app.",
     {("sued", "Maine", "Lumio Digital Inc."), ("owns", "Lumio Digital Inc.", "Lumio")}),
    ("cites.app_named_after_maker_speaks", "Korvo, a live-streaming app, is run by Korvo Media Ltd. Korvo said it had "
     "removed 40,000 accounts. Korvo's chief executive, Dana Pruitt, declined to comment.",
     {("owns", "Korvo Media Ltd.", "Korvo"), ("cites", "Korvo Media Ltd.", "~40,000 accounts"),
      ("ceo_of", "Dana Pruitt", "Korvo Media Ltd.")}),
    ("owns.short_form_is_the_company_without_an_app_cue", "Brenlow Health Inc. develops the Tally app for teenagers. Brenlow also owns Pillar.",
     {("owns", "Brenlow Health Inc.", "Tally"), ("owns", "Brenlow Health Inc.", "Pillar")}),
    ("owns.controlling_shareholder", "The suit names Entregai Tecnologia Ltda. and its controlling shareholder, "
     "Sierra Andina Mobility S.A.S., a Bogota-based company.",
     {("owns", "Sierra Andina Mobility S.A.S.", "Entregai Tecnologia Ltda")}),
    ("owns.passive_name_ner_took_for_a_place", "Luzvista is majority-owned by Merlion Crest Ventures Pte Ltd, a "
     "Singapore-registered investment firm.", {("owns", "Merlion Crest Ventures Pte Ltd", "Luzvista")}),
    ("owns.made_by", "Ember Mind is made by Quietwater Labs Inc., a Boston startup.",
     {("owns", "Quietwater Labs Inc.", "Ember Mind")}),
    ("owns.possessive_service_chain", "Most loans are repaid through Safaricom's M-Pesa mobile money service.",
     {("owns", "Safaricom", "M-Pesa")}),
    ("names.legal_form_after_a_common_noun", "The lawsuit targets Brightmoor Media LLC, which runs the website Velvetboard.",
     {("owns", "Brightmoor Media LLC", "Velvetboard")}),
    ("owns.not_a_place_that_is_known", "Arizona is owned by nobody, and Texas is run by its voters.", set()),
    ("owns.a_place_run_by_people_stays_a_place", "Luzvista is run by its voters. Luzvista sued Pellway Inc. in May.",
     {("sued", "Luzvista", "Pellway Inc.")}),
    # more plaintiffs of the suit told last
    ("sued.joined_in_filing", "Arizona Attorney General Rosalind Pena today filed a lawsuit against Stubline Inc. over its fees. "
     "Nevada Attorney General Samuel Ortiz and New Mexico Attorney General Leah Duran joined Attorney General Pena in filing the complaint.",
     {("sued", "Rosalind Pena", "Stubline Inc."), ("sued", "Samuel Ortiz", "Stubline Inc."), ("sued", "Leah Duran", "Stubline Inc."),
      ("official_of", "Rosalind Pena", "Arizona"), ("official_of", "Samuel Ortiz", "Nevada"), ("official_of", "Leah Duran", "New Mexico")}),
    ("sued.joined_as_co_plaintiffs", "Apple was sued on Tuesday by a bipartisan group of eight states. "
     "Arizona, Connecticut, Nebraska and Vermont joined as co-plaintiffs.",
     {("sued", "eight states", "Apple"), ("sued", "Arizona", "Apple"), ("sued", "Connecticut", "Apple"),
      ("sued", "Nebraska", "Apple"), ("sued", "Vermont", "Apple")}),
    ("sued.joined_a_party_not_a_suit", "Ohio sued Lumora Games in May. Lumora joined a trade group in June.",
     {("sued", "Ohio", "Lumora Games")}),
    ("sued.parenthesised_name_is_not_the_subject", "On Monday, Brazil's Labor Prosecutor's Office (Ministerio Publico do Trabalho, "
     "or MPT) filed a public civil action against Entregai Tecnologia Ltda.",
     {("sued", "Labor Prosecutor's Office", "Entregai Tecnologia Ltda")}),
    ("sued.chargesheet", "On Wednesday Delhi Police filed a chargesheet against Zestora Technologies Pvt Ltd.",
     {("sued", "Delhi Police", "Zestora Technologies Pvt Ltd.")}),
    # the report of the sentence before
    ("cites.it_found_is_the_report", 'A report published in May by Instituto Rota Justa, a labor research nonprofit, titled '
     '"Bloqueados," surveyed 1,800 couriers. It found that 43% had been blocked at least once.',
     {("published", "Instituto Rota Justa", "Bloqueados"), ("cites", "Bloqueados", "~43%")}),
    ("cites.it_found_without_a_report_is_the_company", "Lumora Inc. removed the feature. It found that 12% of users had complained.",
     {("cites", "Lumora Inc.", "~12%")}),
    ("cites.said_it_identified_is_the_speaker", "Harbor Lantern Network, a nonprofit that operates the Lantern Line, said it "
     "identified 2,430 trafficking situations in 2024.",
     {("cites", "Harbor Lantern Network", "~2,430"), ("published", "Harbor Lantern Network", "Lantern Line")}),
    ("cites.titled_in_apposition", "The Internet Safeguarding Trust published its annual report on Thursday. The report, titled "
     "Hidden Servers, found that 62% of the webpages were hosted in EU member states.",
     {("published", "Internet Safeguarding Trust", "Hidden Servers"), ("cites", "Hidden Servers", "~62%")}),
    ("cites.carried_to_the_next_sentence", 'The Harbor Trust released a report, "Screens at Bedtime," in May. It found that 43% '
     "of children used a phone after midnight. One in six of the children surveyed said an adult they did not know had contacted them.",
     {("published", "Harbor Trust", "Screens at Bedtime"), ("cites", "Screens at Bedtime", "~43%"), ("cites", "Screens at Bedtime", "~One in six")}),
    ("cites.not_carried_past_a_new_source", 'The report found that 43% of children used a phone after midnight. '
     "Ofcom counted 12,000 complaints in 2024.",
     {("cites", "report", "~43%"), ("cites", "Ofcom", "~12,000")}),
    ("cites.speaker_not_carried", "Mayor Ana Ruiz said 310 families had asked for help. About 40% of them lived downtown.",
     {("cites", "Ana Ruiz", "~310")}),
    ("sued.the_place_government", "The Manitoba government has filed a lawsuit against Veilo Technologies Inc., an Austin-based company.",
     {("sued", "Manitoba government", "Veilo Technologies Inc.")}),
    ("owns.developer_of_a_named_app_chain", "It names Confidant AI Inc., the San Jose, California-based developer of the "
     "Kindred chatbot app.", {("owns", "Confidant AI Inc.", "Kindred")}),
    ("owns.descriptor_is_no_name", "Daol Platform Co, the operator of the country's second-largest Android app marketplace, "
     "was indicted.", set()),
    ("owns.rival_app_with_a_two_word_name", "Lumen Social Inc., which acquired rival app Tandem Hearts in 2022, called the "
     "allegations meritless.", {("owns", "Lumen Social Inc.", "Tandem Hearts")}),
    ("sued.led_by_then_named_as_defendants", "Fourteen states sued the company behind Loopa on Tuesday. The lawsuit, filed in "
     "Denver, is led by Colorado Attorney General Renee Talbot. Twelve other states, including Arizona and Michigan, joined the "
     "suit. Named as defendants are Loopa Technologies Inc., the company that develops the app, and Saltire Media Group.",
     {("sued", s, o) for s in ("Fourteen states", "Twelve other states", "Renee Talbot", "Arizona", "Michigan")
      for o in ("Loopa Technologies Inc.", "Saltire Media Group")} | {("official_of", "Renee Talbot", "Colorado")}),
    ("sued.attorneys_general_of_places", "Roblox Corp was sued last year by the attorneys general of Louisiana, Kentucky and Texas.",
     {("sued", "Louisiana", "Roblox Corp"), ("sued", "Kentucky", "Roblox Corp"), ("sued", "Texas", "Roblox Corp")}),
    ("sued.counted_defendants_after_a_colon", "The Oquirrh Valley School District filed a lawsuit against three companies: "
     "Meta Platforms Inc., which owns Instagram; Snap Inc.; and Google LLC.",
     {("sued", "Oquirrh Valley School District", "Meta Platforms Inc."), ("sued", "Oquirrh Valley School District", "Snap Inc."),
      ("sued", "Oquirrh Valley School District", "Google LLC"), ("owns", "Meta Platforms Inc.", "Instagram")}),
    ("published.titled_unquoted_after_the_author", "A report published in September by the advocacy group Consumers' Voice "
     "Canada, titled Swipe Left on Fees, found that one in four Canadians had been charged.",
     {("published", "Consumers' Voice Canada", "Swipe Left on Fees"), ("cites", "Swipe Left on Fees", "~one in four")}),
    ("published.its_report_with_a_colon_title", "Research by the charity Data Dignity UK suggests that users are unaware. Its report, "
     "Tracked: Women's Health Apps and Your Data, published in October, found that 71% of the women surveyed did not know.",
     {("published", "Data Dignity UK", "Tracked: Women's Health Apps and Your Data"),
      ("cites", "Tracked: Women's Health Apps and Your Data", "~71%")}),
    ("cites.telephone_numbers_are_no_figures", "Police said anyone at risk should call 101 or 999.", set()),
    ("sued.places_attorney_general", "Arizona's attorney general has sued Gleamcast, the developer of the livestreaming app Gleam.",
     {("sued", "Arizona", "Gleamcast"), ("owns", "Gleamcast", "Gleam")}),
    ("sued.places_attorney_general_named_elsewhere", "Nevada's attorney general sued Brightwater Payments on Thursday. "
     "Nevada Attorney General Teodoro Blanch called it a scam.",
     {("sued", "Teodoro Blanch", "Brightwater Payments"), ("official_of", "Teodoro Blanch", "Nevada")}),
    # jurisdictions written in other ways before the title
    ("official_of.demonym", "Philippine Senator Lorna Dimaculangan chairs the committee.",
     {("official_of", "Lorna Dimaculangan", "Philippines")}),
    ("official_of.demonym_lower_case_title", "The chair, Tasmanian senator Amy Lockwood, said the firm had declined.",
     {("official_of", "Amy Lockwood", "Tasmania")}),
    ("official_of.two_offices", "Manitoba Justice Minister and Attorney General Nadia Kowalchuk said the province is seeking damages.",
     {("official_of", "Nadia Kowalchuk", "Manitoba")}),
    ("official_of.constituency_mp", "Embakasi North MP Peter Kamande sits on the committee.",
     {("official_of", "Peter Kamande", "Embakasi North")}),
    ("official_of.place_state_title", "Utah state Sen. Tamsin Orr said she plans a bill.",
     {("official_of", "Tamsin Orr", "Utah")}),
    ("official_of.fronted_in_place", "In Collin County, District Attorney Hal Brandt charged Troy Maddux with solicitation.",
     {("official_of", "Hal Brandt", "Collin County"), ("sued", "Hal Brandt", "Troy Maddux"),
      ("accused", "Hal Brandt", "Troy Maddux")}),
    ("official_of.fronted_in_place_is_not_a_senators_state", "In Brasilia, Senator Renata Coutinho of Pernambuco said "
     "Congress should act.", {("official_of", "Renata Coutinho", "Pernambuco")}),
    # coordinated findings are separate statistics
    ("cites.coordinated_that_clauses", "A survey by the Tillman Institute found that 43% of couriers had been blocked, "
     "that one in three never learned why, and that 12% had lost income.",
     {("cites", "Tillman Institute survey", "~43%"),
      ("cites", "Tillman Institute survey", "~one in three"), ("cites", "Tillman Institute survey", "~12%"),
      ("published", "Tillman Institute", "Tillman Institute survey")}),
    # ---- session 9: which entity "the firm" / "the company" means
    ("resolve.description_noun_introduced_with_name", "Rival apps were tracked by Quillmetrics. Data from app analytics "
     "firm Sondera paints a different picture. The firm estimates that 35% of Pebblo users are under 16.",
     {("cites", "Sondera", "~35%")}),
    ("resolve.description_not_the_owner_in_a_relative_clause", "Corvane Labs Inc., which is based in Denver and is "
     "majority-owned by the investment firm Halberd Capital, said the suit was baseless. The company said it had "
     "deleted 1.4 million fake accounts in 2025.",
     {("cites", "Corvane Labs Inc.", "~1.4 million"), ("owns", "Halberd Capital", "Corvane Labs Inc.")}),
    ("resolve.description_is_the_subject_not_the_source", "Brightline Media Inc. accounts for about 41% of streaming "
     "sales, according to estimates from the research firm Morningview Analytics. The company, which already owns "
     "the music app Cadenza, plans to expand.",
     {("owns", "Brightline Media Inc.", "Cadenza"), ("cites", "Morningview Analytics", "~41%")}),
    # ---- session 9: owners named by a description, shares, "belonging to", names NER glued or cut
    ("owns.x_owned_glued_by_ner", "Parents in Ohio are suing Snap Inc. and Alphabet-owned YouTube over teen safety.",
     {("owns", "Alphabet", "YouTube")}),
    ("owns.possessive_description", "Georgia sued Kestrel Social Inc on Tuesday, alleging that the company's Perch app "
     "let children open accounts.", {("sued", "Georgia", "Kestrel Social Inc"), ("owns", "Kestrel Social Inc", "Perch")}),
    ("owns.percent_owned_by", "Ardent Interactive Inc., which is 54% owned by Kurosawa Holdings, has lost value.",
     {("owns", "Kurosawa Holdings", "Ardent Interactive Inc.")}),
    ("owns.percent_of", "Holmgard Capital, the Swedish investment group that owns 61 per cent of Streamvale, has agreed "
     "to back the offer.", {("owns", "Holmgard Capital", "Streamvale")}),
    ("owns.belonging_to", "The report singles out Amoris, an escort-advertising website belonging to Cologne-based "
     "Rheinpeak Media GmbH.", {("owns", "Rheinpeak Media GmbH.", "Amoris")}),
    ("owns.minority_stake_is_not_ownership", "Halcyon Growth Partners now holds a minority stake in Mirra Inc.", set()),
    # ---- session 9: reports described after a comma, relative passives; names NER missed
    ("published.report_described_after_comma", "According to the Sweepstakes Gaming Market Review, a report released "
     "last month by the Maryland Lottery and Gaming Control Agency, residents spent an estimated $212 million.",
     {("published", "Maryland Lottery and Gaming Control Agency", "Sweepstakes Gaming Market Review"),
      ("cites", "Sweepstakes Gaming Market Review", "~$212 million")}),
    ("published.conducted_by", "The Coastal Fraud Victimisation Survey, conducted by the Harbour Institute among 2,034 "
     "residents, found that 34 per cent had been approached.",
     {("published", "Harbour Institute", "Coastal Fraud Victimisation Survey"),
      ("cites", "Coastal Fraud Victimisation Survey", "~34 per cent")}),
    ("mentions.hyphenated_adjective_in_name", "The Heartland Anti-Trafficking Coalition, which runs a statewide tip line, "
     "said it received 3,480 tips in 2024.",
     {("cites", "Heartland Anti-Trafficking Coalition", "~3,480"),
      ("published", "Heartland Anti-Trafficking Coalition", "statewide tip line")}),
    ("mentions.state_opens_a_name_after_the", "The Texas Anti-Trafficking Coalition said it received 1,186 tips last year.",
     {("cites", "Texas Anti-Trafficking Coalition", "~1,186")}),
    # ---- session 9: people listed with their ages, counted groups named in apposition
    ("sued.charged_people_with_ages", "Earlier this year, Ade Okonkwo, 27, and Samuel Briggs-Eze, 31, were charged by "
     "the Crown Prosecution Service with blackmail.",
     {("sued", "Crown Prosecution Service", "Ade Okonkwo"), ("sued", "Crown Prosecution Service", "Samuel Briggs-Eze"),
      ("accused", "Crown Prosecution Service", "Ade Okonkwo"), ("accused", "Crown Prosecution Service", "Samuel Briggs-Eze")}),
    ("sued.charged_counted_group_in_apposition", "The Justice Department has charged three men — Matías Ocampo, "
     "Lautaro Giménez and Ezequiel Ferraro — with fraud.",
     {("sued", "Justice Department", "Matías Ocampo"), ("sued", "Justice Department", "Lautaro Giménez"),
      ("sued", "Justice Department", "Ezequiel Ferraro"), ("accused", "Justice Department", "Matías Ocampo"),
      ("accused", "Justice Department", "Lautaro Giménez"), ("accused", "Justice Department", "Ezequiel Ferraro")}),
    # ---- session 9: amounts with the currency or the scale written onto the number
    ("cites.glued_currency_and_scale", "Harbourview Media said its revenue rose to NKr4.9bn, and that it paid £12m in fines.",
     {("cites", "Harbourview Media", "~NKr4.9bn"), ("cites", "Harbourview Media", "~£12m")}),
    ("cites.currency_code_prefix", "The Kenya Trafficking Report found that victims paid an average of Sh180,000 to "
     "recruiters.", {("cites", "Kenya Trafficking Report", "~Sh180,000")}),
    ("cites.glued_scale_after_relative", "Streamvale Ltd has 38mn monthly users, the company said, of whom 9.4mn pay "
     "for a subscription.", {("cites", "Streamvale Ltd", "~9.4mn"), ("cites", "Streamvale Ltd", "~38mn")}),
    ("cites.according_to_figures_a_body_released", "The Tacoma Police Department investigated 37 sextortion cases "
     "involving minors in 2025, according to figures the department released with the lawsuit.",
     {("cites", "Tacoma Police Department", "~37")}),
    # ---- session 9: numbers that are no findings; a police spokesman is not a company's
    ("cites.age_limit_is_no_statistic", "A spokesperson for Dewdrop Labs said its terms require users to be at least "
     "16, and that the company had closed 26,000 accounts in Spain.", {("cites", "Dewdrop Labs", "~26,000")}),
    ("cites.one_ruled_out_is_no_statistic", "The regulator has not opened a formal inquiry into Twirl, Commissioner "
     "Aoife Carroll said, though she did not rule one out.", set()),
    ("cites.police_spokesman_is_not_the_company", "Keystone Lodging Group was sued in March. In the District itself, "
     "the trafficking unit opened 61 investigations last year, up from 44 in 2022, a police spokesman said.", set()),
    ("official_of.minister_for_a_portfolio_is_not_a_place", "In Ghana, the Minister for Gender, Children and Social "
     "Protection, Efua Mensah-Darko, spoke on Monday.", set()),
    ("names.legal_name_opened_by_a_word_tagged_adjective", "Rheinpeak Media GmbH runs the site. In a statement, "
     "Rheinpeak Media said it cooperates with the authorities and had deleted 4,300 suspicious advertisements in 2024.",
     {("cites", "Rheinpeak Media GmbH", "~4,300")}),
    # ---- session 9: titles in apposition the parser hangs elsewhere
    ("ceo_of.name_then_possessive_title", "Okafor did not say whether she would seek to add Evan Spiegel, Snap's "
     "co-founder and chief executive, as a defendant.", {("ceo_of", "Evan Spiegel", "Snap")}),
    ("ceo_of.name_then_plural_possessive_title", "It also names Tobias Renn, Brightwave Labs' co-founder and chief "
     "executive, as a defendant.", {("ceo_of", "Tobias Renn", "Brightwave Labs")}),
    ("official_of.role_of_place_then_name", "The mayor of Milan, Lorenzo Basile, said the city had asked to join the "
     "proceedings.", {("official_of", "Lorenzo Basile", "Milan")}),
    ("ceo_of.its_co_founder", "Elimu Systems Ltd sells software to schools. Its co-founder and CEO, Mercy Achieng, said "
     "the firm had never sold any data.", {("ceo_of", "Mercy Achieng", "Elimu Systems Ltd")}),
    ("owns.plural_app_noun_list", "Lumen Heart Group, which also owns the dating apps Tandemly and Silverpair, "
     "acquired Sparkwell Labs in 2022.", {("owns", "Lumen Heart Group", "Tandemly"), ("owns", "Lumen Heart Group", "Silverpair"),
                                          ("owns", "Lumen Heart Group", "Sparkwell Labs")}),
    ("owns.comma_description_parsed_as_object", "The CCI has ordered an investigation into Bazaarly, the e-commerce "
     "marketplace owned by Mumbai-based Trikon Holdings, over pricing.",
     {("owns", "Trikon Holdings", "Bazaarly"), ("investigated", "CCI", "Bazaarly")}),
    ("sued.the_state_is_a_state_not_the_city_named_last", "Utah Attorney General Derek Brown spoke in St. George on "
     "Monday. The state also sued Aurelian Media S.R.L., the Bucharest company that operates the site.",
     {("official_of", "Derek Brown", "Utah"), ("sued", "Utah", "Aurelian Media S.R.L.")}),
    ("sued.untagged_surname_office", "Texas Attorney General Wade Lassiter sued Halcyon on Thursday. Lassiter's office "
     "sued TikTok, which is owned by the Chinese company ByteDance, under the same law last year.",
     {("official_of", "Wade Lassiter", "Texas"), ("sued", "Wade Lassiter", "Halcyon"), ("sued", "Wade Lassiter", "TikTok"),
      ("owns", "ByteDance", "TikTok")}),
    ("published.fronted_its_looks_ahead_to_the_subject", "The charity spoke first. In its latest Online Harms Threat "
     "Assessment, the Northland Crime Agency said reports of online grooming had risen by 36% in two years.",
     {("published", "Northland Crime Agency", "Online Harms Threat Assessment"),
      ("cites", "Northland Crime Agency", "~36%"), ("cites", "Online Harms Threat Assessment", "~36%")}),
    ("cites.indian_scales", "The Enforcement Directorate said it had frozen ₹214 crore in bank accounts, and that "
     "the portal received 1.1 lakh complaints in 2024.",
     {("cites", "Enforcement Directorate", "~₹214 crore"), ("cites", "Enforcement Directorate", "~1.1 lakh")}),
    ("cites.name_opening_with_a_digit_is_no_figure", "In a statement emailed to 3News, Nimbus Forge Inc. said it had "
     "removed more than 4,000 accounts.", {("cites", "Nimbus Forge Inc.", "~4,000")}),
    ("published.findings_in_a_titled_report", "The Baltic Consumer Forum published its findings in March in a report "
     "titled \"Locked In by Design.\"", {("published", "Baltic Consumer Forum", "Locked In by Design")}),
    ("published.verb_then_titled_report", "The Danish Gaming Authority, which on Friday released a study titled "
     "\"Spin to Win\" on loot boxes, said 41 percent of players were under 18.",
     {("published", "Danish Gaming Authority", "Spin to Win"), ("cites", "Danish Gaming Authority", "~41 percent")}),
    ("published.report_by_x_titled_and_published", "The claim rests on a report by the Alpine Youth Trust, titled Screens "
     "After Dark and published in April, which surveyed 900 pupils.",
     {("published", "Alpine Youth Trust", "Screens After Dark")}),
    ("published.fronted_in_a_titled_survey", "In a survey titled \"Silent Screens\", the Hamburg-based NGO Kinderschutz "
     "Digital found that one in four children had met a stranger online.",
     {("published", "Kinderschutz Digital", "Silent Screens"), ("cites", "Kinderschutz Digital", "~one in four"),
      ("cites", "Silent Screens", "~one in four")}),
    ("published.yearbook_named_by_its_head_word", "The Pacific Fraud Watch Bureau reported in its Regional Scam Yearbook "
     "that losses reached $2.1 billion in 2024.",
     {("published", "Pacific Fraud Watch Bureau", "Regional Scam Yearbook"), ("cites", "Pacific Fraud Watch Bureau", "~$2.1 billion"),
      ("cites", "Regional Scam Yearbook", "~$2.1 billion")}),
    ("published.report_tagged_as_a_work_of_art", "The Interior Ministry, in its Global Report on Online Exploitation "
     "released in May, said 12,000 victims had been identified.",
     {("published", "Interior Ministry", "Global Report on Online Exploitation"), ("cites", "Interior Ministry", "~12,000"),
      ("cites", "Global Report on Online Exploitation", "~12,000")}),
    ("published.name_with_and_spelled_by_its_acronym", "The Maritime Fraud Prevention and Enforcement Centre (MFPEC), "
     "which runs the 7726 scam hotline, said it received 9,300 calls last year.",
     {("published", "Maritime Fraud Prevention and Enforcement Centre", "7726 scam hotline"),
      ("cites", "Maritime Fraud Prevention and Enforcement Centre", "~9,300")}),
    ("sued.subject_misparsed_under_a_fronted_participle", "The Securities Commission, acting on a tip from the central "
     "bank, sued Orbitra Capital over the scheme.", {("sued", "Securities Commission", "Orbitra Capital")}),
    ("sued.the_parent_of_a_named_company", "Halvard Group owns Pinecast. The states of Ohio and Iowa sued Pinecast's "
     "parent on Tuesday.", {("owns", "Halvard Group", "Pinecast"), ("sued", "Ohio", "Halvard Group"),
                            ("sued", "Iowa", "Halvard Group")}),
    ("sued.parent_never_named_asserts_nothing", "Texas sued Pinecast's parent company on Tuesday.", set()),
    ("official_of.the_countrys_attorney_general", "Chile's attorney general is reviewing the case. The country's attorney "
     "general, Marisol Ibarra, sued Corvexa in a Santiago court.",
     {("official_of", "Marisol Ibarra", "Chile"), ("sued", "Marisol Ibarra", "Corvexa")}),
    ("sued.term_abbreviation_is_no_defendant", "The Capital Authority sued Lendora Microfinance, a licensed non-deposit "
     "lending company (NDLC), and its managing director, Tobias Wren, in June.",
     {("sued", "Capital Authority", "Lendora Microfinance"), ("sued", "Capital Authority", "Tobias Wren"),
      ("ceo_of", "Tobias Wren", "Lendora Microfinance")}),  # a managing director is the top executive
    ("ceo_of.name_tagged_as_a_building_after_a_title", "The Consumer Protection Commission has taken Kudi Ventures and its chief "
     "executive, Olumide Adeyemi-Cole, to court.", {("sued", "Consumer Protection Commission", "Kudi Ventures"),
                                                    ("sued", "Consumer Protection Commission", "Olumide Adeyemi-Cole"),
                                                    ("ceo_of", "Olumide Adeyemi-Cole", "Kudi Ventures")}),
    ("official_of.counterparts_keep_their_own_titles", "Norway's data protection commissioner, Ingrid Solberg, and her "
     "Swedish counterpart, Data Protection Commissioner Lars Ekholm, opened a joint review.",
     {("official_of", "Ingrid Solberg", "Norway")}),
    ("official_of.title_before_name_is_no_office", "Privacy Commissioner Philippe Arsenault said the company had ignored "
     "300 complaints.", {("cites", "Philippe Arsenault", "~300 complaints")}),
    ("cites.findings_list_after_its_opening_line", "The Lakeland Digital Trust released a study titled Offline "
     "Hours in June.\n\nKey findings:\n\n• 44 per cent of pupils slept with a phone in the room\n• one in six had been "
     "messaged by a stranger\n\nThe trust's director, Ruth Obi, called the figures alarming.",
     {("published", "Lakeland Digital Trust", "Offline Hours"), ("cites", "Offline Hours", "~44 per cent"),
      ("cites", "Offline Hours", "~one in six")}),
    ("cites.findings_list_ends_at_a_blank_line", "The Harbour Institute published a survey titled Quiet Rooms.\n\n"
     "It found that:\n\n62% of parents checked their child's apps;\nfewer than 10% used a filter.\n\n"
     "Police arrested 14 people last year.",
     {("published", "Harbour Institute", "Quiet Rooms"), ("cites", "Quiet Rooms", "~62%"), ("cites", "Quiet Rooms", "~10%")}),
    ("cites.converted_amount_is_one_figure", "The Baltic Consumer Forum found that children spent an average of "
     "NOK 2,350 (£172) a year.", {("cites", "Baltic Consumer Forum", "~NOK 2,350")}),
    ("published.title_ends_before_its_date", "The Ridgeway Council published a report titled Safer Streams in May.",
     {("published", "Ridgeway Council", "Safer Streams")}),
    ("cites.and_inside_a_ministry_title", "Thailand's Digital Economy and Society Minister, Chaiwat Rattanapong, told "
     "reporters that authorities had traced 61,000 mule accounts.",
     {("official_of", "Chaiwat Rattanapong", "Thailand"), ("cites", "Chaiwat Rattanapong", "~61,000")}),
    ("cites.commissioner_of_police_is_a_title", "Pune Commissioner of Police A. Vinod Kulkarni said 1,126 complaints "
     "had been registered in 2024.", {("cites", "A. Vinod Kulkarni", "~1,126")}),
    ("owns.capitalised_title_is_no_owner", "Copperline Media owns the Glint app. The company is controlled by founder "
     "and Chief Executive Rosa Lindqvist.", {("owns", "Copperline Media", "Glint"),
                                         ("ceo_of", "Rosa Lindqvist", "Copperline Media")}),
    ("official_of.title_of_place_then_name_ner_glued", "Privacy Commissioner of Canada Philippe Arsenault said his "
     "office found 500,000 underage accounts.", {("official_of", "Philippe Arsenault", "Canada"),
                                                 ("cites", "Philippe Arsenault", "~500,000")}),
    ("official_of.title_of_place_then_untagged_name", "Information Commissioner of Canada Marc-André Tremblay said "
     "the office had received 2,300 complaints.", {("official_of", "Marc-André Tremblay", "Canada"),
                                                   ("cites", "Marc-André Tremblay", "~2,300")}),
    ("sued.writ_against_and_bracketed_legal_name", "The Financial Conduct Authority filed a writ on Monday against "
     "Quillmark Holdings Limited and its subsidiary, Quillmark Trading (SG) Limited.",
     {("sued", "Financial Conduct Authority", "Quillmark Holdings Limited"),
      ("sued", "Financial Conduct Authority", "Quillmark Trading (SG) Limited"),
      ("owns", "Quillmark Holdings Limited", "Quillmark Trading (SG) Limited")}),
    ("sued.against_an_untagged_marketplace", "The Commerce Commission has filed civil proceedings in the High Court at "
     "Wellington against the online marketplace Tradevine, alleging it misled buyers.",
     {("sued", "Commerce Commission", "Tradevine")}),
    ("sued.notice_of_claim_names_a_garbled_title", "British Columbia sued Heartline Labs in May. The notice of civil "
     "claim also names Heartline Labs co-founder and chief executive Ethan Varga as a defendant.",
     {("sued", "British Columbia", "Heartline Labs"), ("sued", "British Columbia", "Ethan Varga"),
      ("ceo_of", "Ethan Varga", "Heartline Labs")}),
    ("owns.second_described_name_hung_on_the_first", "Corvane Holdings, which also owns the photo app Snapwise and "
     "the resale marketplace Thriftora, declined to comment.",
     {("owns", "Corvane Holdings", "Snapwise"), ("owns", "Corvane Holdings", "Thriftora")}),
    ("owns.names_before_a_plural_platform_noun", "BrightReel Games LLC, which operates the PlayCove and FortuneSpin "
     "websites, was fined on Monday.", {("owns", "BrightReel Games LLC", "PlayCove"),
                                       ("owns", "BrightReel Games LLC", "FortuneSpin")}),
    ("published.titled_in_apposition_then_passive_by", "The report, Safe at Home: Children Online 2025, was released "
     "this morning by the Tiaki Online Trust.",
     {("published", "Tiaki Online Trust", "Safe at Home: Children Online 2025")}),
    ("published.descriptor_noun_trimmed_from_a_name", "The 3020 helpline, run by the association Kinderlicht, received "
     "2,000 calls last year.", {("published", "Kinderlicht", "3020 helpline"), ("cites", "3020 helpline", "~2,000")}),
    ("official_of.place_and_portfolio_ner_took_for_one_name", "Queensland Education Minister Leanne Carver said her "
     "department had paused the app. Philippine Justice Secretary Ramon Villareal said the government had rescued "
     "1,870 children.", {("official_of", "Leanne Carver", "Queensland"), ("official_of", "Ramon Villareal", "Philippines"),
                         ("cites", "Ramon Villareal", "~1,870")}),
    ("official_of.portfolio_is_no_place", "Federal Communications Minister Rosa Kinsella and Communication and Digital "
     "Affairs Minister Arief Nugroho backed the commissioner.", set()),
    ("official_of.demonym_then_portfolio_adjective", "French Digital Minister Clara Chappaz said the law would pass.",
     {("official_of", "Clara Chappaz", "France")}),
    ("official_of.minister_for_portfolio_then_name", "Denmark's Minister for Digital Affairs, Anders Kjeldsen, said the "
     "government would act.", {("official_of", "Anders Kjeldsen", "Denmark")}),
    ("official_of.abbreviated_titles", "Oregon Atty. Gen. Marisa Dunlap sued Nimbus Social on Thursday. Seattle City "
     "Atty. Owen Marsh sued Nimbus Social in May.",
     {("official_of", "Marisa Dunlap", "Oregon"), ("sued", "Marisa Dunlap", "Nimbus Social"),
      ("official_of", "Owen Marsh", "Seattle"), ("sued", "Owen Marsh", "Nimbus Social")}),
    ("sued.untagged_state_government", "The Karnataka government last month filed a civil suit in the High Court "
     "against Lendwise Fintech Pvt. Ltd., a Bengaluru-based lender.",
     {("sued", "Karnataka government", "Lendwise Fintech Pvt. Ltd.")}),
    ("sued.filers_of_the_suit_told_before", "Idaho Attorney General Dana Whitcombe sued Brindle Apps on Monday. "
     "Whitcombe and Montana Attorney General Curtis Fenn filed the complaint in federal court in Boise. Wyoming "
     "Attorney General Lila Ostrander filed a nearly identical suit in Cheyenne on the same day.",
     {("sued", "Dana Whitcombe", "Brindle Apps"), ("sued", "Curtis Fenn", "Brindle Apps"),
      ("sued", "Lila Ostrander", "Brindle Apps"), ("official_of", "Dana Whitcombe", "Idaho"),
      ("official_of", "Curtis Fenn", "Montana"), ("official_of", "Lila Ostrander", "Wyoming")}),
    ("sued.along_with_a_list_of_place_led_titles", "Three attorneys general sued Quillon Media on Tuesday. Ohio "
     "Attorney General Marcus Bell filed the suit in state court along with Iowa Attorney General Nora Pike, Kansas "
     "Attorney General Ruth Elling and North Dakota Attorney General Sam Voss.",
     {("sued", "Three attorneys general", "Quillon Media"),
      ("sued", "Marcus Bell", "Quillon Media"), ("sued", "Nora Pike", "Quillon Media"),
      ("sued", "Ruth Elling", "Quillon Media"), ("sued", "Sam Voss", "Quillon Media"),
      ("official_of", "Marcus Bell", "Ohio"), ("official_of", "Nora Pike", "Iowa"),
      ("official_of", "Ruth Elling", "Kansas"), ("official_of", "Sam Voss", "North Dakota")}),
    ("sued.it_is_the_agency_of_the_sentence_before", "The Consumer Protection Agency sued Parlo Games on Friday. It is "
     "also suing Parlo's owner, Vantorn Holdings.",
     {("sued", "Consumer Protection Agency", "Parlo Games"), ("sued", "Consumer Protection Agency", "Vantorn Holdings"),
      ("owns", "Vantorn Holdings", "Parlo Games")}),
    ("sued.similar_claims_of_many_are_no_party", "The county sued Ferrow Social in March. More than 400 districts have "
     "filed similar claims, the association said.", set()),
    ("sued.filed_by_also_names", "Nevada's attorney general has sued Driftwell, the developer of the chat app Murmur. "
     "The lawsuit, filed Monday in Clark County District Court by Attorney General Rosa Kimball, also names Tarragon "
     "Media, the Dublin-based entertainment company that bought Driftwell for $90 million in 2021.",
     {("sued", "Nevada", "Driftwell"), ("sued", "Rosa Kimball", "Driftwell"), ("sued", "Rosa Kimball", "Tarragon Media"),
      ("sued", "Nevada", "Tarragon Media"), ("official_of", "Rosa Kimball", "Nevada"),
      ("owns", "Driftwell", "Murmur"), ("owns", "Tarragon Media", "Driftwell")}),
    ("official_of.another_state_named_is_no_co_plaintiff_office", "Oregon sued Pellucid Labs Inc. in March. Oregon's case "
     "follows one in Kansas, where Attorney General Dale Whitt filed a similar suit against the company in January.",
     {("sued", "Oregon", "Pellucid Labs Inc."), ("sued", "Dale Whitt", "Pellucid Labs Inc.")}),
    ("cites.speaker_said_it", "Glimmer Shop is owned by Castellan Retail Group. The Consumer Affairs Authority (CAFA) "
     "said it received 2,140 complaints about Glimmer Shop last year.",
     {("owns", "Castellan Retail Group", "Glimmer Shop"), ("cites", "Consumer Affairs Authority", "~2,140")}),
    ("names.alphabetic_acronym_recurs_untagged", "Marlo Apps was fined by Norway's Media Welfare Office (MEDIVO) in "
     "June. MEDIVO said it had logged 380 complaints about the app.",
     {("cites", "Media Welfare Office", "~380")}),
    ("cites.person_with_a_post_speaks_for_figures", "Superintendent Dana Holcomb said the district spent $2.4 million "
     "on counselors last year. Finance chief Omar Reyes said Brightpath ended June with 8,100 moderators.",
     {("cites", "Dana Holcomb", "~$2.4 million"), ("cites", "Omar Reyes", "~8,100")}),
    ("cites.no_figure_from_a_private_person_or_a_quote", "Maria Lopez, 54, said she lost $12,000 to the scheme. "
     "\"Twelve thousand dollars is a lot of money,\" said Superintendent Dana Holcomb.", set()),
    ("cites.platform_named_as_speaker", "Telegram said its moderators removed more than 9,000 channels in 2024.",
     {("cites", "Telegram", "~9,000")}),
    ("official_of.company_officer_has_no_jurisdiction", "The complaint also names Kalaghar's chief financial officer "
     "Nisha Rao.", set()),
    ("owns.x_owned_described_name_and_untyped_organisation", "Testers used the Vantor-owned photo editor Glimmo and "
     "Kessler-owned Streamora.", {("owns", "Vantor", "Glimmo"), ("owns", "Kessler", "Streamora")}),
    ("sued.the_states_are_the_plaintiffs_told_before", "Idaho and Utah sued Brenloch Games on Monday. Both states "
     "also sued Brenloch's parent company, Corvath Holdings.",
     {("sued", "Idaho", "Brenloch Games"), ("sued", "Utah", "Brenloch Games"), ("sued", "Idaho", "Corvath Holdings"),
      ("sued", "Utah", "Corvath Holdings"), ("owns", "Corvath Holdings", "Brenloch Games")}),
    ("sued.counted_states_are_not_the_ones_told_before", "Idaho and Utah sued Brenloch Games on Monday. Thirty states "
     "sued Corvath Holdings last year.", {("sued", "Idaho", "Brenloch Games"), ("sued", "Utah", "Brenloch Games"),
                                          ("sued", "Thirty states", "Corvath Holdings")}),
    ("official_of.place_possessive_then_portfolio_title", "Norway's Digitalisation Minister Ingrid Haugland said the "
     "rules would change. Portugal's Justice Minister Rui Salgado agreed.",
     {("official_of", "Ingrid Haugland", "Norway"), ("official_of", "Rui Salgado", "Portugal")}),
    ("sued.board_is_a_public_body", "Tarnlink Media and its chief executive, Sipho Dube, have been sued by the Gaming "
     "Control Board and the Consumer Commission.",
     {("sued", "Gaming Control Board", "Tarnlink Media"), ("sued", "Gaming Control Board", "Sipho Dube"),
      ("sued", "Consumer Commission", "Tarnlink Media"), ("sued", "Consumer Commission", "Sipho Dube")}),
    ("official_of.prosecuting_attorney_and_no_county_attorney_general", "Attorney General Nora Vance and Pierce County "
     "Prosecuting Attorney Omar Haddad filed the lawsuit in Pierce County Superior Court against Quillmark Inc.",
     {("sued", "Nora Vance", "Quillmark Inc."), ("sued", "Omar Haddad", "Quillmark Inc."),
      ("sued", "Pierce County", "Quillmark Inc."),
      ("official_of", "Omar Haddad", "Pierce County")}),
    ("published.numbered_hotline_keeps_its_number", "The Consumer Safety Bureau (CSB) said calls rose. The 2211 "
     "hotline, which the CSB operates, received 9,400 calls in 2025.",
     {("published", "Consumer Safety Bureau", "2211 hotline"), ("cites", "2211 hotline", "~9,400")}),
    ("names.one_word_name_recurs_untagged", "Shares of Quorvex rose 4% on Monday. Quorvex says it now serves "
     "more than 3,000 customers.", {("cites", "Quorvex", "~3,000")}),
    ("cites.registered_cases", "The Federal Police Office (FPO) published figures. The FPO registered 12,400 cases of "
     "online fraud in 2025.", {("cites", "Federal Police Office", "~12,400")}),
    ("owns.wallet_is_a_platform_noun", "Rupeeflow, which owns the PayNest wallet, denied the claims.",
     {("owns", "Rupeeflow", "PayNest")}),
    ("names.facility_tag_with_an_organisation_head", "A survey by the Prairie Valley Youth Research Center found "
     "that 22% of teens gamble online.",
     {("cites", "Prairie Valley Youth Research Center survey", "~22%"),
      ("published", "Prairie Valley Youth Research Center", "Prairie Valley Youth Research Center survey")}),
    ("reports.capitalised_word_is_no_filler", "The New Mexico complaint says 3,200 children were contacted by adults.",
     {("cites", "New Mexico complaint", "~3,200")}),
    ("reports.own_is_no_part_of_the_name", "Solvane's own safety report said the company removed 1.2 million posts.",
     {("published", "Solvane", "safety report"),
      ("cites", "safety report", "~1.2 million")}),
    ("names.adjective_ner_left_out_after_a_cue", "A separate survey by the charity Safer Screens Ireland found "
     "that 31% of parents worry.", {("cites", "Safer Screens Ireland", "~31%"),
                                    ("published", "Safer Screens Ireland", "Safer Screens Ireland survey")}),
    ("cites.no_carry_over_a_new_source", "The audit found that 12% of accounts were fake. A separate study by "
     "university researchers found that 9% of posts were spam.",
     {("cites", "audit", "~12%"), ("cites", "study", "~9%")}),
    ("cites.station_told_is_no_figure", '"We were shocked," Ortega told 7 News. The Trust and Safety Transparency '
     "Report showed 4.7 million removals.", {("cites", "Trust and Safety Transparency Report", "~4.7 million")}),
    ("names.news_outlet_is_no_company", "Maine filed a lawsuit against Tallyhook Inc. on Monday. A Tallyhook "
     'spokesperson told Business Insider the company "strongly disputes" the allegations. The company said it spent '
     "$18 million on safety programs last year.",
     {("sued", "Maine", "Tallyhook Inc."), ("cites", "Tallyhook Inc.", "~$18 million")}),
    ("owns.camel_case_name_after_a_site_noun", "Gulfbridge Digital LLC, which operates the classified site "
     "CityNiteList, was sued.", {("owns", "Gulfbridge Digital LLC", "CityNiteList")}),
    ("owns.two_word_name_after_a_platform_noun", "Fennick Gaming, which also owns the betting site Greenrail Bet, did "
     "not respond.", {("owns", "Fennick Gaming", "Greenrail Bet")}),
    ("sued.nation_government_by_its_adjective", "Hours earlier, the Portuguese government filed a lawsuit against "
     "Vendalo before a Lisbon court.", {("sued", "Portuguese government", "Vendalo")}),
    ("sued.province_of_a_place_with_the_object_read_as_a_subject", "In Canada, the province of Manitoba sued Pixtrail "
     "Inc., a photo app maker, and its founder, Dara Quint.",
     {("sued", "Manitoba", "Pixtrail Inc."), ("sued", "Manitoba", "Dara Quint")}),
    ("sued.the_county_is_the_named_county", "Ramsey County has also taken its concerns to court. The county sued "
     "Snap Inc. and Hushline in 2023.", {("sued", "Ramsey County", "Snap Inc."), ("sued", "Ramsey County", "Hushline")}),
    ("sued.a_place_before_a_company_noun_is_no_defendant", "Oregon has sued a Bend video game company and its chief "
     "executive.", set()),
    ("sued.against_hung_on_the_filer", "The suit was filed on Monday by the Idaho Attorney General's Office against "
     "Quorvex Inc. and its chief executive, Lena Moss.",
     {("sued", "Idaho Attorney General's Office", "Quorvex Inc."), ("sued", "Idaho Attorney General's Office", "Lena Moss"),
      ("ceo_of", "Lena Moss", "Quorvex Inc.")}),
    ("sued.taken_to_court_with_a_described_name", "Ofcom has taken Perth-based bookmaker Redgum Punt to court, "
     "alleging it misled customers.", {("sued", "Ofcom", "Redgum Punt")}),
    ("sued.prosecutors_named_by_their_place", "On Friday, Lyon prosecutors filed a lawsuit against Tessaro SAS.",
     {("sued", "Lyon prosecutors", "Tessaro SAS")}),
    ("official_of.party_label_from_a_place", "Rep. Dana Whitlock, a Democrat from Oregon who sits on the panel, "
     "called the bill a stalling tactic.", {("official_of", "Dana Whitlock", "Oregon")}),
    ("official_of.hyphenated_attorney_general", "Manitoba Attorney-General Carl Rennick spoke on Tuesday.",
     {("official_of", "Carl Rennick", "Manitoba")}),
    ("official_of.town_before_mayor_in_one_ner_name", "Orem Mayor Jared Fenwick said the city would host workshops "
     "for parents.", {("official_of", "Jared Fenwick", "Orem")}),
    ("official_of.constituency_after_for", "Amira Sandhu, the NDP MPP for Oakridge Centre, said the ban does not go "
     "far enough.", {("official_of", "Amira Sandhu", "Oakridge Centre")}),
    ("official_of.represents_a_place_but_a_lawyer_no_client", "Senator Paulo Amaral, who represents the state of "
     "Goias, has proposed a bill. Lawyer Ana Ruiz, who represents Quorvex, declined to comment.",
     {("official_of", "Paulo Amaral", "Goias")}),
    ("names.short_name_in_parentheses_cut_from_ner_span", "Chile's National Consumer Service (Sernac) said on Monday "
     "that prices rose. Sernac said it received 2,870 complaints about online betting in 2024.",
     {("cites", "National Consumer Service", "~2,870")}),
    ("cites.the_study_is_no_complaint", "Lisbon prosecutors sued Apostix, according to a complaint filed on Wednesday. "
     "The study also found that 5 million people had sent money to betting sites.",
     {("cites", "study", "~5 million")}),
    ("cites.the_agency_is_no_legislature", "The Federal Trade Commission sued Tumbleweed Labs. In a report to Congress "
     "last year, the agency said that 67% of the top children's apps shared data with third parties.",
     {("sued", "Federal Trade Commission", "Tumbleweed Labs"), ("cites", "Federal Trade Commission", "~67%"),
      ("cites", "report", "~67%")}),
    ("owns.misparsed_object_with_an_app_name", "Regulators sued Sunward Interactive, the company that owns the "
     "encrypted messaging app Kestrel.", {("owns", "Sunward Interactive", "Kestrel")}),
    ("owns.second_owned_hung_on_the_parent_noun", "Microsoft, the owner of Xbox and the chat app Skype, was also "
     "named. Vesta Social, the parent of the teen-focused Hangout app and the photo-sharing service Glint, was sued.",
     {("owns", "Microsoft", "Xbox"), ("owns", "Microsoft", "Skype"), ("owns", "Vesta Social", "Hangout"),
      ("owns", "Vesta Social", "Glint")}),
    ("owns.platforms_owned_by_x_including", "About 85 percent came from platforms owned by Meta, including Facebook, "
     "Instagram and WhatsApp.", {("owns", "Meta", "Facebook"), ("owns", "Meta", "Instagram"),
                                 ("owns", "Meta", "WhatsApp")}),
    ("owns.its_app_after_the_company", "Idaho sued Lumora Inc. on Monday. The company designed its Glimmer "
     "livestreaming app to be addictive.", {("sued", "Idaho", "Lumora Inc."), ("owns", "Lumora Inc.", "Glimmer")}),
    ("owns.its_named_subsidiary", "In 2019, Google and its YouTube subsidiary agreed to pay $170 million.",
     {("owns", "Google", "YouTube")}),
    ("owns.whose_platform_and_whose_unit", "Senator Brennan focused on Orbis, whose Pixelforge platform lets users "
     "build games. Alphabet, whose Google unit runs YouTube, was named as a defendant.",
     {("owns", "Orbis", "Pixelforge"), ("owns", "Alphabet", "Google")}),
    ("owns.gazetteer_knows_another_owner", "Apple's App Store and Google Play both carry the app. The ban covers "
     "platforms including ByteDance's TikTok, Snapchat and Instagram.",
     {("owns", "Apple", "App Store"), ("owns", "ByteDance", "TikTok")}),
    ("owns.whose_after_a_list_of_defendants", "The lawsuit names Snapchat maker Snap Inc., Instagram owner Meta "
     "Platforms, TikTok parent ByteDance and Alphabet, whose Google unit runs YouTube, as defendants.",
     {("owns", "Alphabet", "Google"), ("owns", "ByteDance", "TikTok"), ("owns", "Meta Platforms", "Instagram"),
      ("owns", "Snap Inc.", "Snapchat")}),
    ("cites.count_ner_took_into_a_date", "Brown County District Attorney Leah Brandvold said her office charged 63 "
     "child enticement cases in 2024, up from 29 five years earlier.",
     {("cites", "Leah Brandvold", "~63"), ("cites", "Leah Brandvold", "~29"),
      ("official_of", "Leah Brandvold", "Brown County")}),
    ("names.committee_chair_glued_to_the_name", "Committee Chair Harlan Doyle (R-Iowa) opened the hearing. Reports "
     "rose to 546,000, up 192 percent from two years earlier, the Iowa senator said.",
     {("official_of", "Harlan Doyle", "Iowa"), ("cites", "Harlan Doyle", "~546,000"),
      ("cites", "Harlan Doyle", "~192 percent")}),
    ("cites.the_authority_is_the_named_authority", "The Dutch Data Protection Authority fined Rydo. The authority said "
     "it received 25,170 breach notifications in 2024.",
     {("cites", "Dutch Data Protection Authority", "~25,170")}),
    ("sued.along_with_on_the_filer", "The Ministry of Consumer Affairs, along with the Catalan government, filed a "
     "lawsuit against Kismi in a Madrid commercial court on Tuesday.",
     {("sued", "Ministry of Consumer Affairs", "Kismi"), ("sued", "Catalan government", "Kismi")}),
    ("ceo_of.untagged_name_after_an_upper_case_title", "Helix Media Group CEO Curtis Fennimore defended the "
     "acquisition.", {("ceo_of", "Curtis Fennimore", "Helix Media Group")}),
    ("official_of.lower_case_portfolio_after_a_place_possessive", "Poland's digital affairs minister Tomasz "
     "Wierzbicki told reporters the law would pass.", {("official_of", "Tomasz Wierzbicki", "Poland")}),
    ("official_of.police_and_crime_commissioner_for", "Donna Kerrigan, the police and crime commissioner for "
     "Lancashire, said one in five victims were under 14.",
     {("official_of", "Donna Kerrigan", "Lancashire"), ("cites", "Donna Kerrigan", "~one in five")}),
    ("official_of.hyphenated_surname_after_a_place_title", "Paris prosecutor Hélène Marchand-Diallo said the section "
     "had opened 145 investigations.", {("official_of", "Hélène Marchand-Diallo", "Paris"),
                                        ("cites", "Hélène Marchand-Diallo", "~145")}),
    ("official_of.place_compound_on_a_lower_case_title", "Lena Ortiz, the Ohio attorney general, sued Quorvex Inc. "
     "on Monday.", {("official_of", "Lena Ortiz", "Ohio"), ("sued", "Lena Ortiz", "Quorvex Inc.")}),
    ("cites.the_force_is_the_police_force", "Kent Police opened 40 cases. Around one in four of the victims was "
     "aged 12 or under, the force said.", {("cites", "Kent Police", "~one in four")}),
    ("cites.number_on_a_compound_modifier_keeps_its_noun", "The Brightwater Trust said it handled 40 grooming "
     "reports a week in 2024.", {("cites", "Brightwater Trust", "~40 grooming reports")}),
    ("names.head_word_organisation_not_retyped_by_operated_by", "SafeCall, the helpline operated by the Harbour "
     "Centre for Online Safety, took 9,000 calls last year, the centre said.",
     {("published", "Harbour Centre for Online Safety", "SafeCall"),
      ("cites", "Harbour Centre for Online Safety", "~9,000 calls")}),
    ("published.survey_of_a_sample_carried_out_by", "A survey of 900 parents carried out by the Oakridge Family "
     "Institute found that 41% had no parental controls.",
     {("published", "Oakridge Family Institute", "Oakridge Family Institute survey"),
      ("cites", "Oakridge Family Institute survey", "~41%")}),
    ("owns.x_owned_conjoined_platforms", "Users moved to Meta-owned Instagram and Threads.",
     {("owns", "Meta", "Instagram"), ("owns", "Meta", "Threads")}),
    ("owns.x_owned_not_a_company_conjoined", "Shoppers compared Walmart-owned Flipkart and Amazon.",
     {("owns", "Walmart", "Flipkart")}),
    ("owns.x_owned_plural_noun_then_names", "Google-owned apps YouTube, Gmail and Google Play were named in the "
     "filing.", {("owns", "Google", "YouTube"), ("owns", "Google", "Gmail"), ("owns", "Google", "Google Play")}),
    ("owns.relative_after_a_later_list_item", "The letters went to Microsoft, OpenAI, Zentra Labs, which makes the "
     "Hoot app, and xAI.", {("owns", "Zentra Labs", "Hoot")}),
    ("owns.maker_of_an_app_untagged_name_with_description", "Fendix, the Oslo-based maker of the Nordly caller ID "
     "app, said it blocked 3 million calls.", {("owns", "Fendix", "Nordly"), ("cites", "Fendix", "~3 million calls")}),
    ("cites.platform_speaks_for_its_namesake_company", "Roblox Corp. said Roblox had 80 million daily users.",
     {("cites", "Roblox Corp.", "~80 million daily users")}),
    ("sued.two_titled_officials_joined_by_and", "Oregon Attorney General Lena Marsh and Idaho Attorney General Paul "
     "Dunne sued Trovia on Monday.", {("official_of", "Lena Marsh", "Oregon"), ("official_of", "Paul Dunne", "Idaho"),
                                       ("sued", "Lena Marsh", "Trovia"), ("sued", "Paul Dunne", "Trovia")}),
    ("resolve.the_company_is_the_subject_not_the_app_after_it", "Kestrel Games reported a 20% rise in profit, as its "
     "app Lumo offset weaker sales. Revenue rose 9% to $400 million, the company said.",
     {("cites", "Kestrel Games", "~20% rise"), ("cites", "Kestrel Games", "~9%"),
      ("cites", "Kestrel Games", "$400 million")}),
    ("owns.adjective_in_a_list_is_no_name", "ByteDance's Chinese sister app, Douyin, is not affected.",
     {("owns", "ByteDance", "Douyin")}),
    ("owns.known_platform_name_over_ner_piece", "Character Technologies, the company behind Character.AI, denied "
     "the claims.", {("owns", "Character Technologies", "Character.AI")}),
    ("owns.owner_by_its_short_name", "Sea, the Singapore-based parent of Shopee, said scam calls fell.",
     {("owns", "Sea", "Shopee")}),
    ("published.untagged_author_of_a_poll", "A poll by Redfield Insights found that 41% of US adults had bought "
     "something online.", {("published", "Redfield Insights", "Redfield Insights poll"),
                           ("cites", "Redfield Insights poll", "~41%")}),
    ("published.study_by_researchers_at", "A study by researchers at Halden University found that 18% of the apps "
     "leaked location data.", {("published", "Halden University", "Halden University study"),
                               ("cites", "Halden University study", "~18%")}),
    ("published.report_from_an_author", "The apps were downloaded 220 million times, according to a report from "
     "Quillmetrics, an analytics firm.", {("published", "Quillmetrics", "Quillmetrics report"),
                                          ("cites", "Quillmetrics report", "~220 million")}),
    ("published.titled_survey_by_an_agency", "According to the 2024 Media Habits Survey by the Norland Statistics "
     "Office, 59.4 percent of adults streamed video daily.",
     {("published", "Norland Statistics Office", "2024 Media Habits Survey"),
      ("cites", "2024 Media Habits Survey", "59.4 percent of adults streamed video daily")}),
    ("cites.a_run_of_findings_goes_on_sentence_after_sentence", "A survey by the Hartwell Institute found that 64% of teens "
     "had used a chatbot. 38% had used a dedicated companion app. One in five said they talk to a chatbot every day. "
     "Just 22% of parents knew. About 9% said they had stopped.",
     {("published", "Hartwell Institute", "Hartwell Institute survey"),
      ("cites", "Hartwell Institute survey", "~64%"), ("cites", "Hartwell Institute survey", "~38%"),
      ("cites", "Hartwell Institute survey", "~One in five"), ("cites", "Hartwell Institute survey", "~22%"),
      ("cites", "Hartwell Institute survey", "~About 9%")}),
    ("cites.a_hotline_dealt_with", "The Kestrel Hotline dealt with 412 reports of sextortion in 2024.",
     {("cites", "Kestrel Hotline", "~412 reports")}),
    ("cites.an_app_claims_users", "Glowstream, a livestreaming app, claims 1.3 million users in the UK.",
     {("cites", "Glowstream", "~1.3 million users")}),
    ("resolve.the_childrens_charity", "The Harbour Trust published the figures on Monday. The children's charity "
     "said girls were the victims in four in five cases.", {("cites", "Harbour Trust", "~four in five")}),
    ("resolve.she_after_a_spokeswoman_for", "Ohio sued Glint. A spokeswoman for Halvard Media said the company would "
     "fight. She said the app removed about 610,000 accounts in 2025.",
     {("sued", "Ohio", "Glint"), ("cites", "Halvard Media", "~610,000 accounts")}),
    ("cites.police_commander_is_an_official", "Federal Police Commander Dana Whitlow said roughly one in every 50 "
     "reports involved sextortion.", {("cites", "Dana Whitlow", "~one in every 50")}),
    ("official_of.us_senator_of_a_state", "The bill was backed by U.S. Senator Dana Pruitt of Oregon.",
     {("official_of", "Dana Pruitt", "Oregon")}),
    ("official_of.fronted_country_of_a_minister", "In Kenya, Interior Secretary Daniel Mwangi said 300 victims had "
     "been rescued.", {("official_of", "Daniel Mwangi", "Kenya"), ("cites", "Daniel Mwangi", "~300 victims")}),
    ("sued.a_described_ministry_of_a_country", "Portugal's consumer protection ministry has filed a lawsuit against "
     "Vendalo Ltd.", {("sued", "consumer protection ministry", "Vendalo Ltd.")}),
    ("sued.passive_by_an_attorney_generals_office", "Quillo Inc. was sued in March by the Ohio Attorney General's "
     "office.", {("sued", "Ohio Attorney General's Office", "Quillo Inc.")}),
    ("owns.completed_acquisition", "Vantel Group completed the acquisition of Brightloop Games in May.",
     {("owns", "Vantel Group", "Brightloop Games")}),
    ("owns.completed_acquisition_not_when_failed", "Vantel Group failed to complete its acquisition of Brightloop "
     "Games.", set()),
    ("ceo_of.whose_chief_executive_is_with_swapped_ner_types", "Shares fell. Solstice AI, whose chief executive is "
     "Marcus Feld, was bought by Loomwell in August.",
     {("ceo_of", "Marcus Feld", "Solstice AI"), ("owns", "Loomwell", "Solstice AI")}),
    ("owns.passive_respectively_pairs_by_order", "Most cases began on Quillo or Tumbleo, apps owned by Vantel Group "
     "and Marlow Labs respectively.", {("owns", "Vantel Group", "Quillo"), ("owns", "Marlow Labs", "Tumbleo")}),
    ("published.conducted_on_behalf_of", "The Teen Pulse Survey was conducted by YouGov on behalf of the Center "
     "for Digital Youth.", {("published", "Center for Digital Youth", "Teen Pulse Survey")}),
    ("owns.a_clause_after_comma_and_is_no_list_of_subjects", "Microsoft acquired Activision Blizzard, and Alphabet "
     "acquired Fitbit.", {("owns", "Microsoft", "Activision Blizzard"), ("owns", "Alphabet", "Fitbit")}),
    ("sued.three_titled_officials_with_an_oxford_comma", "Utah Attorney General Dana Roe, Idaho Attorney General Lee "
     "Park, and Ohio Attorney General Sam Ito sued Quillo.",
     {("official_of", "Dana Roe", "Utah"), ("official_of", "Lee Park", "Idaho"), ("official_of", "Sam Ito", "Ohio"),
      ("sued", "Dana Roe", "Quillo"), ("sued", "Lee Park", "Quillo"), ("sued", "Sam Ito", "Quillo")}),
    ("cites.an_amount_with_a_one_letter_currency", "Shares fell. Tembo Credit Limited said it disbursed N41.6bn in "
     "loans last year.", {("cites", "Tembo Credit Limited", "~N41.6bn")}),
    ("cites.an_amount_in_cedis", "Shares fell. Telvana Mobile Money Ltd said it had reversed GH¢8.7 million in fraudulent "
     "transfers.", {("cites", "Telvana Mobile Money Ltd", "~GH¢8.7 million")}),
    ("cites.thousands_set_off_by_a_space", "Shares fell. The Financial Conduct Board said it had received 1 412 "
     "complaints about Velvo.", {("cites", "Financial Conduct Board", "~1 412 complaints")}),
    ("cites.a_model_number_is_no_amount", "Shares fell. Verity Health said its masks were N95 respirators.", set()),
    ("owns.whose_parent_company_is", "Shares fell. Snapfeed Inc., whose parent company is Qasr Holdings, said it "
     "would appeal.", {("owns", "Qasr Holdings", "Snapfeed Inc.")}),
    ("owns.whose_owner_in_apposition", "Shares fell. TikTok, whose owner, ByteDance, is based in Beijing, said it "
     "would appeal.", {("owns", "ByteDance", "TikTok")}),
    ("owns.whose_parent_company_is_not", "Shares fell. Snapfeed Inc., whose parent company is not Qasr Holdings, "
     "said it would appeal.", set()),
    ("resolve.a_longer_name_used_after_the_short_one_is_another_thing", "Shares fell. Falconbit, a trading "
     "platform, said it would appeal. Qasr Digital Holdings owns the Falconbit Pay card app. Falconbit said it had "
     "2 million users.", {("owns", "Qasr Digital Holdings", "Falconbit Pay"), ("cites", "Falconbit", "~2 million users")}),
    ("official_of.a_country_ner_calls_an_organisation", "Shares fell. Paraguay's Minister for Women, Liz Benítez "
     "Ortiz, travelled to Buenos Aires in February.", {("official_of", "Liz Benítez Ortiz", "Paraguay")}),
    ("official_of.a_province_ner_calls_a_person", "Shares fell. Maranhão's state labour secretary, Ana Cláudia "
     "Ferreira, said the state was the biggest exporter.", {("official_of", "Ana Cláudia Ferreira", "Maranhão")}),
    ("official_of.an_alderman_of_a_city", "Shares fell. Mirjam Oosterhuis, Amsterdam's alderman for housing, said "
     "inspectors had counted more than 1,200 illegal listings.",
     {("official_of", "Mirjam Oosterhuis", "Amsterdam"), ("cites", "Mirjam Oosterhuis", "~more than 1,200")}),
    ("official_of.an_mec_of_a_province", "Shares fell. Gauteng’s MEC for social development, Lerato Sebola, said "
     "her department was helping returnees.", {("official_of", "Lerato Sebola", "Gauteng")}),
    ("official_of.fronted_place_with_a_relative_clause_and_a_title_in_apposition", "Shares fell. In Misiones, which "
     "borders Paraguay and Brazil, the provincial Security Minister, Raúl Krasowski, said police were ready.",
     {("official_of", "Raúl Krasowski", "Misiones")}),
    ("official_of.fronted_place_with_a_relative_clause", "Shares fell. In Scotland, which has its own reporting "
     "system, justice secretary Morag Lindsay said fraud was rising.", {("official_of", "Morag Lindsay", "Scotland")}),
    ("official_of.fronted_place_and_a_founder_is_no_official", "Shares fell. In Kenya, the company's founder, Raúl "
     "Krasowski, said so.", set()),
    ("sued.the_same_four_companies_named_before", "Shares fell. Hennepin County sued Meta, ByteDance, Snap and Google "
     "last year. Ramsey County sued the same four companies in March.",
     {("sued", "Hennepin County", "Meta"), ("sued", "Hennepin County", "ByteDance"), ("sued", "Hennepin County", "Snap"),
      ("sued", "Hennepin County", "Google"), ("sued", "Ramsey County", "Meta"), ("sued", "Ramsey County", "ByteDance"),
      ("sued", "Ramsey County", "Snap"), ("sued", "Ramsey County", "Google")}),
    ("published.a_reporting_centre_run_by", "Shares fell. Action Fraud, the national reporting centre run by the City "
     "of London Police, received more than 330,000 fraud reports in the 12 months to March.",
     {("published", "City of London Police", "Action Fraud"), ("cites", "Action Fraud", "~330,000 fraud reports")}),
    ("published.operates_a_reporting_portal", "Shares fell. The Royal Thai Police operates Thai Police Online, a "
     "reporting portal for online crime victims.", {("published", "Royal Thai Police", "Thai Police Online")}),
    ("owns.a_company_operates_an_app_is_no_publisher", "Shares fell. Meta operates Instagram, a photo-sharing app.",
     {("owns", "Meta", "Instagram")}),
    ("resolve.an_acronym_operating_a_site_is_still_an_institution", "Shares fell. The National Anti-Scam Centre "
     "(NASC) is run by the regulator. Scamwatch, the scam-reporting website operated by the NASC, received 249,448 "
     "reports.", {("published", "National Anti-Scam Centre", "Scamwatch"), ("cites", "Scamwatch", "~249,448 reports")}),
    ("cites.a_multiple_fivefold", "Shares fell. The Vantor Institute said detections rose fivefold in Latin America "
     "between 2020 and 2024.", {("cites", "Vantor Institute", "~rose fivefold")}),
    ("cites.a_share_without_of", "Shares fell. The Harbour Trust said nearly half said they had seen such content.",
     {("cites", "Harbour Trust", "~nearly half")}),
    ("cites.the_first_half_is_no_share", "Shares fell. The Harbour Trust said the first half was weak.", set()),
    ("owns.a_subsidiary_named_by_its_owner", "Shares fell. YouTube, a Google subsidiary, said it has built new tools.",
     {("owns", "Google", "YouTube")}),
    ("owns.whose_platform", "Shares fell. Google, whose YouTube is the most widely used platform among teens, did not "
     "respond.", {("owns", "Google", "YouTube")}),
    ("owns.x_owned_name_before_a_noun", "Shares fell. Recruiters moved the men into Meta-owned WhatsApp groups.",
     {("owns", "Meta", "WhatsApp")}),
    ("owns.an_app_called", "Shares fell. Ohio sued Spindle Social, which operates a teen chat app called Hollr.",
     {("sued", "Ohio", "Spindle Social"), ("owns", "Spindle Social", "Hollr")}),
    ("owns.makes_a_game", "Shares fell. Brightloop makes the game Questara.", {("owns", "Brightloop", "Questara")}),
    ("ceo_of.whose_chief_executive_is_not_the_companys_own_title", "Shares fell. Amoréa, a dating app, is a "
     "subsidiary of Cupidon Media, whose chief executive, Sarah Benhamou, said so.",
     {("owns", "Cupidon Media", "Amoréa"), ("ceo_of", "Sarah Benhamou", "Cupidon Media")}),
    ("names.an_acronym_that_spells_a_small_word", "Shares fell. The National Agency for the Prohibition of "
     "Trafficking in Persons (NAPTIP) sued Ekwe Digital Ventures Ltd on Monday.",
     {("sued", "National Agency for the Prohibition of Trafficking in Persons", "Ekwe Digital Ventures Ltd")}),
    ("sued.the_two_agencies_named_before", "Shares fell. The Nigeria Data Protection Commission and the Consumer "
     "Protection Council opened an inquiry. The two agencies sued Ekwe Digital Ventures Ltd in May.",
     {("sued", "Nigeria Data Protection Commission", "Ekwe Digital Ventures Ltd"),
      ("sued", "Consumer Protection Council", "Ekwe Digital Ventures Ltd")}),
    ("cites.a_report_published_showing", "Shares fell. Arcom, the audiovisual regulator, published a report in "
     "October showing that 1.8 million minors visit such websites every month.",
     {("published", "Arcom", "Arcom report"), ("cites", "Arcom report", "~1.8 million minors")}),
    ("resolve.the_authority_introduced_as_one", "Shares fell. Italy's competition authority, the AGCM, on Thursday "
     "said it had fined Gustami Srl. The authority said that 38% of orders included the fee.",
     {("cites", "AGCM", "~38% of orders")}),
    ("ceo_of.title_alone_after_a_sentence_about_the_company", "Shares fell. Ohio sued Lumio Bank and Coralink Telecom. "
     "Coralink Telecom, a subsidiary of Pacific Crest Holdings, said it had tightened its processes. Chief executive "
     "Jenna Vu said the company was cooperating.",
     {("owns", "Pacific Crest Holdings", "Coralink Telecom"), ("ceo_of", "Jenna Vu", "Coralink Telecom"),
      ("sued", "Ohio", "Coralink Telecom"), ("sued", "Ohio", "Lumio Bank")}),
    ("ceo_of.a_company_before_its_region", "Shares fell. Shopfair Inc. was fined. Shopfair Europe chief executive "
     "Declan Maher said the company disagrees.", {("ceo_of", "Declan Maher", "Shopfair Inc.")}),
    ("official_of.state_is_no_place_name", "Shares fell. New York sued Meta. State Attorney General Dana Whitfield's "
     "office published proposed rules.", {("sued", "New York", "Meta")}),
    ("published.a_pollster_named_after_a_person", "Shares fell. A Roy Morgan survey released last week found one in "
     "four Australians had received a text.",
     {("published", "Roy Morgan", "Roy Morgan survey"), ("cites", "Roy Morgan survey", "~one in four")}),
    ("published.a_survey_of_a_sample_by", "Shares fell. A survey of 1,500 adults by Choice Australia, published last "
     "week, found 41 per cent of respondents had seen an ad.",
     {("published", "Choice Australia", "Choice Australia survey"), ("cites", "Choice Australia survey", "~41 per cent")}),
    ("cites.an_agency_reports_what_it_did", "Shares fell. The National Agency for the Prohibition of Trafficking in "
     "Persons (NAPTIP) published figures. The agency rescued 1,487 victims in 2024, she said.",
     {("cites", "National Agency for the Prohibition of Trafficking in Persons", "~1,487 victims")}),
    ("owns.an_institution_is_run_not_owned", "Shares fell. The National Anti-Scam Centre (NASC), which is run by the "
     "ACCC, opened in 2023.", set()),
    ("official_of.a_governor_in_a_story_about_one_state", "Shares fell. Florida sued Meta. HB 3 was signed by Gov. "
     "Rick Ashby in March 2024.", {("official_of", "Rick Ashby", "Florida"), ("sued", "Florida", "Meta")}),
    ("official_of.a_governor_with_the_state_in_the_sentence", "Shares fell. Gov. Jon Aasen signed a law in May "
     "requiring platforms to display labels to Minnesota users.", {("official_of", "Jon Aasen", "Minnesota")}),
    ("official_of.a_governor_in_a_story_about_two_states", "Shares fell. Florida and Texas sued Meta. HB 3 was signed "
     "by Gov. Rick Ashby in March 2024.", {("sued", "Florida", "Meta"), ("sued", "Texas", "Meta")}),
    ("names.a_figure_run_into_a_name", "Regulators fine delivery app Gustami 4.5 mn euros over dark patterns. Gustami "
     "said it had 3 million users in Italy.", {("cites", "Gustami", "~3 million users")}),
    ("cites.a_deal_a_regulator_sued_to_block_is_no_finding", "Shares fell. The Federal Trade Commission sued on Monday "
     "to block Amazon.com Inc.'s planned $5.6 billion acquisition of Shopfront Inc.", set()),
    ("sued.an_agency_names_respondents", "Shares fell. The Assets Recovery Agency (ARA) has sued a Nairobi "
     "recruitment firm. In papers filed at the High Court, the agency names Crestline Manpower Solutions Ltd, its "
     "chief executive Dennis Kiprono Rotich and director Faith Njeri Mwangi as respondents.",
     {("sued", "Assets Recovery Agency", "Crestline Manpower Solutions Ltd"),
      ("sued", "Assets Recovery Agency", "Dennis Kiprono Rotich"), ("sued", "Assets Recovery Agency", "Faith Njeri Mwangi"),
      ("ceo_of", "Dennis Kiprono Rotich", "Crestline Manpower Solutions Ltd")}),
    ("names.an_acronym_ner_left_untagged", "Shares fell. According to the AEPD, data from around 310,000 Spanish users "
     "was passed to 27 advertising companies.",
     {("cites", "AEPD", "~310,000 Spanish users"), ("cites", "AEPD", "~27 advertising companies")}),
    ("names.a_law_in_capitals_is_no_body", "Shares fell. Under the DSA, 12% of platforms must act.", set()),
    ("published.a_survey_by_a_described_acronym", "Shares fell. A separate survey by the consumer organization OCU found "
     "that 58% of Spanish dating app users had never read a privacy policy.",
     {("cites", "OCU", "~58%"), ("published", "OCU", "OCU survey")}),
    ("resolve.the_agency_is_the_agency_not_a_court_division", "Shares fell. The Assets Recovery Agency (ARA) has sued "
     "a Nairobi recruitment firm. In a suit filed at the High Court's Anti-Corruption and Economic Crimes Division on "
     "Wednesday, the agency names Crestline Manpower Solutions Ltd as a respondent.",
     {("sued", "Assets Recovery Agency", "Crestline Manpower Solutions Ltd")}),
    ("names.an_indonesian_legal_form_before_the_name", "Shares fell. The Financial Services Authority (OJK) has filed "
     "a civil lawsuit against PT Kilat Dana Nusantara and its chief executive, Hendra Wijaya.",
     {("sued", "Financial Services Authority", "PT Kilat Dana Nusantara"), ("sued", "Financial Services Authority",
      "Hendra Wijaya"), ("ceo_of", "Hendra Wijaya", "PT Kilat Dana Nusantara")}),
    ("official_of.a_councillor_and_lead_member_of_a_borough", "Shares fell. Cllr Tanya Oduya, Salford's lead member "
     "for children's services, said so.", {("official_of", "Tanya Oduya", "Salford")}),
    ("official_of.a_governor_of_a_state_with_a_lower_case_word", "Shares fell. Rio de Janeiro Governor Fábio Moreira "
     "Leal announced on Tuesday that the state would fund classes.",
     {("official_of", "Fábio Moreira Leal", "Rio de Janeiro")}),
    ("official_of.fronted_place_with_a_whose_clause", "Shares fell. In Karnataka, whose 2021 ban on online gaming was "
     "struck down by the High Court, home minister Shivaram Hegde said the state would try again.",
     {("official_of", "Shivaram Hegde", "Karnataka")}),
    ("official_of.a_portfolio_in_capitals", "Shares fell. Telangana IT minister K. Ravinder Rao said the bureau had "
     "recovered money.", {("official_of", "K. Ravinder Rao", "Telangana")}),
    ("official_of.a_chief_district_officer", "Shares fell. Kathmandu Chief District Officer Rabin Adhikari said the "
     "district administration would coordinate raids.", {("official_of", "Rabin Adhikari", "Kathmandu")}),
    ("sued.a_countrys_national_service_is_a_government_body", "Shares fell. Chile's National Consumer Service "
     "(Sernac) filed a collective lawsuit on Tuesday against retailers Falabella and Cencosud.",
     {("sued", "National Consumer Service", "Falabella"), ("sued", "National Consumer Service", "Cencosud")}),
    ("cites.a_surname_ner_left_untagged", "Shares fell. Public Health Director Marisol Okafor spoke on Monday. "
     "Okafor said overdose calls to the county's crisis line rose 41% between 2021 and 2024.",
     {("cites", "Marisol Okafor", "calls to the county's crisis line rose 41% between 2021 and 2024")}),
    ("cites.a_bare_title_is_no_person", "Shares fell. Limpopo’s MEC for health, Thandiwe Mokoena, said her "
     "department had received 212 complaints.",
     {("official_of", "Thandiwe Mokoena", "Limpopo"), ("cites", "Thandiwe Mokoena", "212 complaints")}),
    ("sued.whose_office_sued", "Shares fell. Oregon Attorney General Dara Whitcombe, whose office sued Pinevault "
     "in April, said the ruling was overdue.",
     {("official_of", "Dara Whitcombe", "Oregon"), ("sued", "Dara Whitcombe", "Pinevault")}),
    ("sued.it_in_a_coordinated_clause_is_the_first_plaintiff", "Shares fell. Nevada sued Corvane Motors in 2023, "
     "and last month it sued Halberd Insurance and its subsidiary Trackwell.",
     {("sued", "Nevada", "Corvane Motors"), ("sued", "Nevada", "Halberd Insurance"), ("sued", "Nevada", "Trackwell"),
      ("owns", "Halberd Insurance", "Trackwell")}),
    ("sued.an_untagged_name_is_the_party_of_a_suit", "Shares fell. The Punjab government has sued Rupeeflow Fintech "
     "in a Mohali civil court.", {("sued", "Punjab government", "Rupeeflow Fintech")}),
    ("owns.maker_of_an_app_whose_words_the_tagger_called_names", "Shares fell. Brightwell Labs, the Leeds-based "
     "maker of the TinyGuard parental control app, said its user base had grown.",
     {("owns", "Brightwell Labs", "TinyGuard")}),
    ("owns.names_before_a_plural_brand_noun", "Shares fell. Northway Telecom, which also owns the Zipp and Calla "
     "brands, said its filter stopped most spam calls.",
     {("owns", "Northway Telecom", "Zipp"), ("owns", "Northway Telecom", "Calla")}),
    ("owns.whose_brands_include", "Shares fell. Marlow, whose brands include Tessel and Green Lantern Mobile, said it "
     "reports suspicious senders.", {("owns", "Marlow", "Tessel"), ("owns", "Marlow", "Green Lantern Mobile")}),
    ("owns.an_app_called_a_name_with_digits", "Shares fell. Crane Digital, which also runs a betting app called "
     "Crane247, has denied wrongdoing.", {("owns", "Crane Digital", "Crane247")}),
    ("owns.makes_an_app_called", "Shares fell. Ivo Marsh, chief executive of Denver-based Quillfeather Apps, which "
     "makes a homework app for pupils called Scribbly, testified in May.",
     {("owns", "Quillfeather Apps", "Scribbly"), ("ceo_of", "Ivo Marsh", "Quillfeather Apps")}),
    ("published.an_acronym_before_a_report_noun", "Shares fell. An AARP survey released in March found that 44% of "
     "adults over 50 had been targeted by a gift-card scam.",
     {("published", "AARP", "AARP survey"), ("cites", "AARP survey",
      "44% of adults over 50 had been targeted by a gift-card scam")}),
    ("published.a_bodys_annual_report_is_named_by_the_body", "Shares fell. Kidsafe's annual report, released in "
     "June, found that 1,240 families had asked for help.",
     {("published", "Kidsafe", "Kidsafe annual report"), ("cites", "Kidsafe annual report", "1,240 families had asked for help")}),
    ("sued.joined_by_an_official", "Shares fell. The Iowa Department of Commerce, joined by Attorney General Mara "
     "Lindqvist, filed suit against Glimmerchat on Monday.",
     {("sued", "Iowa Department of Commerce", "Glimmerchat"), ("sued", "Mara Lindqvist", "Glimmerchat")}),
    ("published.estimated_in_a_report", "Shares fell. Tallowgate Research, a Leeds analytics firm, estimated in a "
     "report last month that lenders held $4.2 billion in deposits.",
     {("published", "Tallowgate Research", "Tallowgate Research report"),
      ("cites", "Tallowgate Research", "$4.2 billion in deposits"),
      ("cites", "Tallowgate Research report", "$4.2 billion in deposits")}),
    ("published.its_named_helpline_and_its_number", "Shares fell. The Northern Families Council (NFC) said its "
     "Family Helpline 14800 received 2,115 calls about online blackmail in 2024.",
     {("published", "Northern Families Council", "Family Helpline"),
      ("cites", "Family Helpline", "2,115 calls about online blackmail"),
      ("cites", "Northern Families Council", "2,115 calls about online blackmail")}),
    ("published.the_annual_report_of_a_body", "Shares fell. According to the latest annual report of the Financial "
     "Intelligence Office (FIO), suspicious transaction reports rose to 18,200 in 2024.",
     {("published", "Financial Intelligence Office", "FIO annual report"),
      ("cites", "FIO annual report", "18,200")}),
    ("sued.a_place_before_a_generic_local_body", "Shares fell. Leeds City Council sued Brixel Games on Monday.",
     {("sued", "Leeds City Council", "Brixel Games")}),
    ("sued.began_proceedings_against", "Shares fell. Last month the Prudential Regulation Office (PRO) began High "
     "Court proceedings against Velmont Capital and Ross Tavener.",
     {("sued", "Prudential Regulation Office", "Velmont Capital"), ("sued", "Prudential Regulation Office", "Ross Tavener")}),
    ("sued.co_led_the_lawsuit_against", "Shares fell. Idaho Attorney General Wren Castillo also co-led the 2024 "
     "multistate lawsuit against Snap.",
     {("official_of", "Wren Castillo", "Idaho"), ("sued", "Wren Castillo", "Snap")}),
    ("sued.a_places_regulator_is_its_named_body", "Shares fell. The Vermont Securities Division licenses brokers. "
     "Vermont's securities regulator on Tuesday sued Tallyhop Markets.",
     {("sued", "Vermont Securities Division", "Tallyhop Markets")}),
    ("sued.the_division_and_the_commissioner", "Shares fell. The Oregon Consumer Protection Division warned users. "
     "The division brought a complaint against Brightmoor in May. The Online Safety Commissioner fined Brightmoor. "
     "In June, the commissioner took Quillfeed to the Federal Court.",
     {("sued", "Oregon Consumer Protection Division", "Brightmoor"), ("sued", "Online Safety Commissioner", "Quillfeed")}),
    ("sued.is_also_a_defendant", "Shares fell. Denver City Attorney Paloma Reyes sued Spinharbor on Monday. Gullwing "
     "Partners, the fund that bought Spinharbor in 2023, is also a defendant. Ardent Bank is not a defendant.",
     {("official_of", "Paloma Reyes", "Denver"), ("sued", "Paloma Reyes", "Spinharbor"),
      ("sued", "Paloma Reyes", "Gullwing Partners"), ("owns", "Gullwing Partners", "Spinharbor")}),
    ("sued.a_places_prosecutors_office_described", "Shares fell. The Tangier public prosecutor’s office has filed a "
     "lawsuit against Qardly Finance.", {("sued", "Tangier public prosecutor’s office", "Qardly Finance")}),
    ("sued.the_two_attorneys_general", "Shares fell. Utah Attorney General Lena Marsh and Iowa Attorney General Tom "
     "Beale sued Kitewing. The two attorneys general also sued Kitewing chief executive Ivo Brandt.",
     {("official_of", "Lena Marsh", "Utah"), ("official_of", "Tom Beale", "Iowa"), ("sued", "Lena Marsh", "Kitewing"),
      ("sued", "Tom Beale", "Kitewing"), ("sued", "Lena Marsh", "Ivo Brandt"), ("sued", "Tom Beale", "Ivo Brandt"),
      ("ceo_of", "Ivo Brandt", "Kitewing")}),
    ("sued.a_place_opening_a_description_is_no_party", "Shares fell. Ohio sued Plumline Inc., the Austin, Texas, "
     "company behind the Plumline app, in 2022.", {("sued", "Ohio", "Plumline Inc."), ("owns", "Plumline Inc.", "Plumline")}),
    ("owns.majority_owned_read_as_a_modifier", "Shares fell. Orange Tunisie, majority-owned by France’s Orange "
     "Group, said it would comply.", {("owns", "Orange Group", "Orange Tunisie")}),
    ("owns.a_camel_case_app_of_a_company", "Shares fell. Many promised returns on tokens listed on Pellwick's "
     "TradeZ app.", {("owns", "Pellwick", "TradeZ")}),
    ("owns.two_capitalised_words_before_an_app_noun", "Shares fell. The regulator sued Riyadh-based Qamar Games over "
     "draws in its Souq Star app.", {("owns", "Qamar Games", "Souq Star")}),
    ("owns.a_platforms_parent_before_the_name", "Shares fell. Blinkly's parent Harrow Labs Inc. said on Monday that "
     "it would appeal.", {("owns", "Harrow Labs Inc.", "Blinkly")}),
    ("cites.a_reporting_clause_set_in_the_middle", "Shares fell. The Gaming Standards Board (GSB) fined the operator. "
     "About 12,000 players opened accounts after the adverts, the GSB said, and nearly a third of them were under 21.",
     {("cites", "Gaming Standards Board", "About 12,000 players opened accounts after the adverts"),
      ("cites", "Gaming Standards Board", "nearly a third of them were under 21")}),
    ("cites.according_to_a_dashboard", "Shares fell. Weekly volume topped $3 billion in March, according to a "
     "Ledgerline Analytics dashboard that tracks trading.",
     {("cites", "Ledgerline Analytics dashboard", "$3 billion"),
      ("published", "Ledgerline Analytics", "Ledgerline Analytics dashboard")}),
    ("cites.a_source_described_after_a_comma", "Shares fell. Nearly 70% of homes have a smart speaker, according to "
     "Brandvik, the market research firm.", {("cites", "Brandvik", "Nearly 70% of homes have a smart speaker")}),
    ("cites.the_ombudsman_and_the_prosecution", "Shares fell. The Pensions Ombudsman Service handles complaints. The "
     "ombudsman said it received 1,310 such complaints in 2024. The Tunis Public Prosecution charged nine people. "
     "Victims lost more than 4 million dinars, according to the prosecution.",
     {("cites", "Pensions Ombudsman Service", "1,310 such complaints"),
      ("cites", "Tunis Public Prosecution", "more than 4 million dinars")}),
    ("cites.findings_after_a_sentence_about_a_named_study", "Shares fell. A University of Leeds study published on "
     "Monday followed 1,800 pupils. Nearly a third of the pupils said they used a phone in bed every night.",
     {("published", "University of Leeds", "University of Leeds study"),
      ("cites", "University of Leeds study", "Nearly a third of the pupils said they used a phone in bed every night")}),
    ("cites.fronted_in_an_unlisted_survey", "Shares fell. In a Harlow Institute poll of 900 nurses conducted in May, "
     "61% of the nurses said shifts had grown longer.",
     {("published", "Harlow Institute", "Harlow Institute poll"),
      ("cites", "Harlow Institute poll", "61% of the nurses said shifts had grown longer")}),
    ("cites.the_trade_body_said", "Shares fell. The Dairy Growers Federation met in Leeds on Monday. The trade "
     "body said milk prices had fallen 14% since March.",
     {("cites", "Dairy Growers Federation", "milk prices had fallen 14% since March")}),
    ("published.a_month_before_the_report_noun", "Shares fell. A September study from the think tank Ardent "
     "Policy Lab found that 22% of couriers earned less than the minimum wage.",
     {("published", "Ardent Policy Lab", "Ardent Policy Lab study"),
      ("cites", "Ardent Policy Lab study", "22% of couriers earned less than the minimum wage")}),
    ("published.not_by_the_owner_of_the_app_that_speaks", "Shares fell. Snapchat, owned by Snap Inc., said in its "
     "latest Transparency Report that it removed 41,000 accounts.",
     {("owns", "Snap Inc.", "Snapchat"), ("cites", "Snapchat", "41,000 accounts"),
      ("cites", "Transparency Report", "41,000 accounts")}),
    ("sued.to_resolve_a_lawsuit_by", "Shares fell. Parcelwise Logistics agreed to pay $9 million to resolve a lawsuit "
     "by 12 states. Brindle Foods paid $1 million to settle a lawsuit by the Consumer Product Safety Commission.",
     {("sued", "12 states", "Parcelwise Logistics"),
      ("sued", "Consumer Product Safety Commission", "Brindle Foods")}),
    ("sued.a_list_whose_last_two_names_share_an_and", "Shares fell. The Oregon Department of Justice sued "
     "Orchid Trust, Helix Global and Digital Payments Group on Tuesday.",
     {("sued", "Oregon Department of Justice", "Orchid Trust"), ("sued", "Oregon Department of Justice", "Helix Global"),
      ("sued", "Oregon Department of Justice", "Digital Payments Group")}),
    ("owns.a_name_the_copula_calls_a_subsidiary", "Shares fell. Copper Lantern is a subsidiary of Mirador Group, a "
     "Lisbon-based conglomerate.", {("owns", "Mirador Group", "Copper Lantern")}),
    ("sued.a_described_company_and_its_chief_executive", "Shares fell. The FTC sued Marlin Boats, a Tripoli-based "
     "boat supplier, and its chief executive, Ayoub Karimi.",
     {("sued", "FTC", "Marlin Boats"), ("sued", "FTC", "Ayoub Karimi"), ("ceo_of", "Ayoub Karimi", "Marlin Boats")}),
    ("ceo_of.a_name_tagged_as_a_place_before_is_chief_executive", "Shares fell. Mika Sato is chief executive of "
     "Lumen Ridge Ltd.", {("ceo_of", "Mika Sato", "Lumen Ridge Ltd.")}),
    ("cites.her_company_estimates", "Shares fell. Reiko Tanabe is the chief executive of Kumo Analytics, an Osaka "
     "fraud-detection firm. Her company estimates that about one in four scam ads used cloned voices.",
     {("ceo_of", "Reiko Tanabe", "Kumo Analytics"), ("cites", "Kumo Analytics", "about one in four scam ads")}),
    ("sued.a_camel_cased_name_the_tagger_calls_a_number", "Shares fell. Oregon Attorney General Lena Marsh filed a "
     "lawsuit Tuesday against BookRN, an app that books home nurses.",
     {("sued", "Lena Marsh", "BookRN"), ("official_of", "Lena Marsh", "Oregon")}),
    ("sued.a_place_attorney_general_office_in_lower_case", "Shares fell. In 2021, the Oregon attorney general's office "
     "sued Acme Corp. over its fees.", {("sued", "Oregon attorney general's office", "Acme Corp.")}),
    ("sued.an_abbreviated_title_does_not_end_the_sentence", "Shares fell. San Diego City Atty. Rosa Ibarra sued "
     "Parcelwise Inc. on Monday.", {("sued", "Rosa Ibarra", "Parcelwise Inc."), ("official_of", "Rosa Ibarra", "San Diego")}),
    ("sued.along_with_its_parent_after_the_defendant", "Shares fell. The Competition Bureau has filed a lawsuit in Superior "
     "Court against the carrier Norvo Mobile, along with its parent company, Vestra Holdings Inc., the Gazette has learned.",
     {("sued", "Competition Bureau", "Norvo Mobile"), ("sued", "Competition Bureau", "Vestra Holdings Inc."),
      ("owns", "Vestra Holdings Inc.", "Norvo Mobile")}),
    ("sued.a_central_bank_is_a_government_body", "Shares fell. The Central Bank of Kenya has filed a winding-up "
     "petition against Tuma Microfinance Bank, a digital lender.",
     {("sued", "Central Bank of Kenya", "Tuma Microfinance Bank")}),
    ("sued.taken_to_court_by", "Shares fell. Orla Mobile and its payments subsidiary, OrlaPay, were taken to court by "
     "the Information Regulator on Wednesday.",
     {("sued", "Information Regulator", "Orla Mobile"), ("sued", "Information Regulator", "OrlaPay"),
      ("owns", "Orla Mobile", "OrlaPay")}),
    ("sued.statements_of_claim_against", "Shares fell. The Red River School Division filed statements of claim in the "
     "Court of Appeal on Tuesday against Meta Platforms and Snap Inc.",
     {("sued", "Red River School Division", "Meta Platforms"), ("sued", "Red River School Division", "Snap Inc.")}),
    ("sued.a_french_name_before_its_acronym", "Shares fell. Quebec's Office de la protection du consommateur (OPC) "
     "has filed a lawsuit against Boreal Telecom.",
     {("sued", "Office de la protection du consommateur", "Boreal Telecom")}),
    ("owns.bought_a_described_startup", "Shares fell. Kestrel Software bought workflow startup Tessellate Inc. for "
     "$1.1 billion in 2023.", {("owns", "Kestrel Software", "Tessellate Inc.")}),
    ("owns.it_also_owns_the_subject_before", "Shares fell. Orbell Inc. bought the Hearth thermostat line from Vale Group "
     "in 2020. It also owns Papyra Ltd.",
     {("owns", "Orbell Inc.", "Hearth"), ("owns", "Orbell Inc.", "Papyra Ltd.")}),
    ("official_of.a_surname_ner_left_out", "Shares fell. South Africa's Police Minister, Bongani Mathebula, told "
     "Parliament last month that police had opened 1,146 cases.",
     {("official_of", "Bongani Mathebula", "South Africa"), ("cites", "Bongani Mathebula", "1,146 cases")}),
    ("official_of.a_first_name_after_an_honorific", "Shares fell. Uganda's Attorney General, Mr Moses Kigozi Nsubuga, "
     "told reporters that the suit was filed.", {("official_of", "Moses Kigozi Nsubuga", "Uganda")}),
    ("official_of.fronted_place_after_and", "Shares fell. And in Utah, Attorney General Brooke Sandoval has opened an "
     "investigation into Spark.", {("official_of", "Brooke Sandoval", "Utah")}),
    ("official_of.the_place_minister_for_x_comma_name", "Shares fell. The Queensland minister for fair trading, Jodie "
     "Lambert, said the state would act.", {("official_of", "Jodie Lambert", "Queensland")}),
    ("cites.a_share_ner_tags_as_a_date", "Shares fell. In a report published in January, the Competition and Markets "
     "Authority found that Amazon and Microsoft together accounted for between 60 and 70 per cent of UK cloud spending.",
     {("published", "Competition and Markets Authority", "Competition and Markets Authority report"),
      ("cites", "Competition and Markets Authority", "~between 60 and 70 per cent"),
      ("cites", "Competition and Markets Authority report", "~between 60 and 70 per cent")}),
    ("cites.analysts_at_a_firm_named_like_a_person", "Shares fell. Analysts at Bernstein said in a note to clients "
     "that a forced sale could cut Vantora's operating profit by as much as 18%.",
     {("cites", "Bernstein", "~as much as 18%")}),
    ("cites.according_to_data_it_shared", "Shares fell. The Office of the Data Protection Commissioner (ODPC) was set "
     "up in 2019. The ODPC has fined 12 lenders a combined Sh41.5 million since 2023, according to data it shared with "
     "the Nation.", {("cites", "Office of the Data Protection Commissioner", "~12 lenders"),
                     ("cites", "Office of the Data Protection Commissioner", "~Sh41.5 million")}),
    ("cites.a_report_lists_a_company_expects", "Shares fell. Its Lending Compliance Report, released in January, lists "
     "425 approved lenders. For the fourth quarter, Nimbus Semiconductor expects revenue of $9.7 billion.",
     {("cites", "Lending Compliance Report", "~425 approved lenders"), ("cites", "Nimbus Semiconductor", "~$9.7 billion")}),
    ("published.a_pollster_named_with_its_poll", "Shares fell. A Kantar poll conducted for the Herald found 64 per cent "
     "of parents back the ban.", {("published", "Kantar", "Kantar poll"), ("cites", "Kantar poll", "~64 per cent")}),
    ("published.a_lower_camel_firm_in_a_forecast", "Shares fell. Research firm eMarketer, in a forecast published in "
     "March, estimated that display spending will reach $178 billion this year.",
     {("published", "eMarketer", "eMarketer forecast"), ("cites", "eMarketer", "~$178 billion"),
      ("cites", "eMarketer forecast", "~$178 billion")}),
    ("published.a_title_ner_calls_a_person_which_x_publishes", "Shares fell. According to Subscriber Statistics, which "
     "the NCC publishes every month, Nigeria had 171 million active mobile lines in May.",
     {("published", "NCC", "Subscriber Statistics"), ("cites", "Subscriber Statistics", "~171 million")}),
    ("sued.a_photo_credit_before_a_blank_line_is_no_part_of_the_plaintiff", "Drivers wait near the toll gate. Image "
     "credit: Techpoint Africa/Ada Obi\n\nThe Lagos State Government has sued Zoomride Nigeria Ltd over unpaid levies.",
     {("sued", "Lagos State Government", "Zoomride Nigeria Ltd")}),
    ("sued.the_defendants_are", "Shares fell. The Data Protection Commission has filed a suit against three lenders. "
     "The defendants are Kwesi Fintech Limited, which operates a loan app, and Adom Credit Services.",
     {("sued", "Data Protection Commission", "Kwesi Fintech Limited"),
      ("sued", "Data Protection Commission", "Adom Credit Services")}),
    ("sued.cited_as_a_respondent", "Shares fell. The Information Regulator sued Tumi Mobile on Monday. Tumi's parent, "
     "JSE-listed Sable Telecom Holdings, is cited as a respondent too.",
     {("sued", "Information Regulator", "Tumi Mobile"), ("sued", "Information Regulator", "Sable Telecom Holdings"),
      ("owns", "Sable Telecom Holdings", "Tumi Mobile")}),
    ("owns.a_name_ner_calls_a_person_owns_its_platform", "Shares fell. Walmart now uses Vizio's SmartCast platform to "
     "sell ads.", {("owns", "Vizio", "SmartCast")}),
    ("published.a_product_line_is_no_tip_line", "Shares fell. Amazon's Echo line held 46% of the market, the research "
     "firm said.", {("cites", "Amazon", "~46%")}),
    ("owns.a_known_company_and_a_country_name_its_unit", "Shares fell. Most loans were paid out through MTN Ghana's "
     "MoMo service.", {("owns", "MTN Ghana", "MoMo")}),
    ("owns.a_person_said_to_own_a_shop_stays_a_person", "Shares fell. Jane Doe is the owner of the bakery. Walmart "
     "bought extra Samsung televisions for its stores.", set()),
    ("published.a_holiday_poll_has_no_pollster", "Shares fell. A Christmas poll found 40% of shoppers overspent.",
     {("cites", "Christmas poll", "~40%")}),
    ("official_of.a_place_possessive_is_no_title_apposition", "Shares fell. The California governor's plan to cut "
     "taxes, Jane Doe said, would cost the state $5 billion.", set()),
    ("official_of.a_city_council_member", "Shares fell. Tulsa City Council Member Dana Whitfield said she wants a pay "
     "floor. City Council Member Omar Reyes agreed.", {("official_of", "Dana Whitfield", "Tulsa")}),
    ("official_of.constituency_of_a_legislator", "Shares fell. The Member of Parliament for Bantama, Kofi Mensah "
     "Owusu, called for a ban. Nyeri Town MP Wanjiru Kamau said the House would not pass it. Labour MP Sam Hale agreed.",
     {("official_of", "Kofi Mensah Owusu", "Bantama"), ("official_of", "Wanjiru Kamau", "Nyeri Town")}),
    ("published.a_hyphenated_word_in_a_name_before_its_acronym", "Shares fell. A March survey by the National Guild of "
     "E-bike Couriers (NGEC) found that 41% of its members had been fined.",
     {("published", "National Guild of E-bike Couriers", "NGEC survey"), ("cites", "NGEC survey", "~41%")}),
    ("published.portuguese_name_before_its_acronym", "Shares fell. A study by the Instituto de Pesquisa em Mobilidade "
     "Urbana (IPMU) found that 38% of drivers worked nights.",
     {("published", "Instituto de Pesquisa em Mobilidade Urbana", "IPMU study"), ("cites", "IPMU study", "~38%")}),
    ("published.survey_of_a_sample_by_its_author", "Shares fell. A survey of 2,300 couriers by the Delford Labour "
     "Institute found that 52% had lost pay.",
     {("published", "Delford Labour Institute", "Delford Labour Institute survey"),
      ("cites", "Delford Labour Institute survey", "~52%")}),
    ("cites.an_organisation_and_its_country_are_one_name", "Shares fell. A study by Ridgeway Institute Kenya found "
     "that 30% of drivers were unpaid.",
     {("published", "Ridgeway Institute Kenya", "Ridgeway Institute Kenya study"),
      ("cites", "Ridgeway Institute Kenya study", "~30%")}),
    ("cites.a_country_possessive_after_an_organisation_stays_apart", "Shares fell. Officials told the Ridgeway "
     "Institute Kenya's regulator had fined 12 lenders.", set()),
    ("cites.an_average_duration_is_a_finding", "Shares fell. A Harlow Institute study found couriers put in an "
     "average of 46 hours a week, compared with 39.5 hours for other employees.",
     {("published", "Harlow Institute", "Harlow Institute study"), ("cites", "Harlow Institute study", "~46 hours"),
      ("cites", "Harlow Institute study", "~39.5 hours")}),
    ("cites.time_use_is_a_finding", "Shares fell. The Harlow Institute report found that teens spent "
     "3 hours and 12 minutes a day on the app and met a stranger every 9 minutes.",
     {("published", "Harlow Institute", "Harlow Institute report"),
      ("cites", "Harlow Institute report", "~3 hours and 12 minutes")}),
    ("cites.opening_hours_schedules_and_limits_are_no_findings", "Shares fell. The Harlow Trust said its helpline is "
     "open 24 hours a day, trains run every five minutes and rules limit drivers to an average of 48 hours a week.",
     set()),
    ("cites.a_deadline_or_a_term_is_no_finding", "Shares fell. The Harlow Institute report said platforms must remove "
     "posts within 24 hours and keep logs for three years.",
     {("published", "Harlow Institute", "Harlow Institute report")}),
    ("cites.a_time_threshold_or_schedule_is_no_finding", "Shares fell. The Harlow survey found that 23% of pupils "
     "spent five or more hours a day online. The survey is run every two years.",
     {("cites", "Harlow survey", "~23%"), ("published", "Harlow", "Harlow survey")}),
    ("owns.belongs_to_a_described_group", "Shares fell. Orvan Elektro GmbH, which belongs to the Swiss retail group "
     "Kessler Handel AG, said it was cooperating.", {("owns", "Kessler Handel AG", "Orvan Elektro GmbH")}),
    ("owns.the_owner_of_a_messaging_app", "Shares fell. Halvard Social Inc., the US owner of messaging app Quibble, "
     "declined to comment.", {("owns", "Halvard Social Inc.", "Quibble")}),
    ("owns.a_described_holding_ner_took_for_a_person", "Shares fell. The chain is a subsidiary of Velmont Health Inc., "
     "the Ohio-based company that also owns specialty pharmacy Zentra Rx and benefit manager ClearPath.",
     {("owns", "Velmont Health Inc.", "Zentra Rx"), ("owns", "Velmont Health Inc.", "ClearPath")}),
    ("owns.the_next_owner_in_a_list_is_no_holding", "Shares fell. Rivals include Dovetail Health Inc., which owns "
     "Marlow and Dovetail Care, and Orbix Corp., which owns online pharmacy PillBox.",
     {("owns", "Dovetail Health Inc.", "Marlow"), ("owns", "Dovetail Health Inc.", "Dovetail Care"),
      ("owns", "Orbix Corp.", "PillBox")}),
    ("owns.a_joint_venture_of_two_partners", "Shares fell. Kessin Insurance Solutions LLC is a joint venture of Kessin "
     "Motor Corp. and Hoshida Insurance Co.",
     {("owns", "Kessin Motor Corp.", "~Solutions LLC"), ("owns", "Hoshida Insurance Co.", "~Solutions LLC")}),
    ("owns.absorbed_and_whose_brand", "Shares fell. The FCC fined Orbitel Inc., which absorbed Sprintly Corp. in 2020. "
     "Farrow Motor Co., whose Lindell brand offers a similar package, said it does not sell data.",
     {("owns", "Orbitel Inc.", "Sprintly Corp."), ("owns", "Farrow Motor Co.", "Lindell")}),
    ("sued.a_places_described_government_or_ministry", "Shares fell. The Lisbon regional government has filed a "
     "lawsuit against Urbanor Homes SL. The Danish health ministry sued Vitalo BV in June.",
     {("sued", "Lisbon regional government", "Urbanor Homes SL"), ("sued", "Danish health ministry", "Vitalo BV")}),
    ("sued.legal_action_taken_against", "Shares fell. The Competition and Markets Authority has taken legal action "
     "against Brightlane Retail Ltd over its packaging. The regulator took enforcement action against Orvex Ltd.",
     {("sued", "Competition and Markets Authority", "Brightlane Retail Ltd")}),
    ("sued.its_cofounder_and_chief_executive_named_after", "Shares fell. The Federal Trade Commission sued FocusLine "
     "Health Inc. and its co-founder and chief executive, Derek Vance, on Tuesday.",
     {("sued", "Federal Trade Commission", "FocusLine Health Inc."), ("sued", "Federal Trade Commission", "Derek Vance"),
      ("ceo_of", "Derek Vance", "FocusLine Health Inc.")}),
    ("official_of.local_titles_borough_president_and_city_councilmember", "Shares fell. Queens Borough President "
     "Ines Carvalho called the suit overdue. Tulsa City Councilmember Sofia Nakamura agreed.",
     {("official_of", "Ines Carvalho", "Queens"), ("official_of", "Sofia Nakamura", "Tulsa")}),
    ("official_of.a_surname_the_tagger_calls_a_noun", "Shares fell. Massachusetts Attorney General Rosalind Tavares "
     "on Tuesday sued one of the largest landlords.", {("official_of", "Rosalind Tavares", "Massachusetts")}),
    ("official_of.a_companys_president_holds_no_office", "Shares fell. Colorado Attorney General Daniel Okwu sued "
     "Peakline Rentals, a vacation rental manager, and its president, Carter Blaylock.",
     {("official_of", "Daniel Okwu", "Colorado"), ("sued", "Daniel Okwu", "Peakline Rentals"),
      ("sued", "Daniel Okwu", "Carter Blaylock")}),
    ("published.a_study_published_in_a_journal", "Shares fell. A 2023 study published in Harlow Medical Review found "
     "that 61% of hospital websites shared visitor data.",
     {("published", "Harlow Medical Review", "Harlow Medical Review study"),
      ("cites", "Harlow Medical Review study", "~61%")}),
    ("published.a_union_named_with_a_plural_possessive", "Shares fell. A survey of 1,015 renters by the Tenants' "
     "Union of Tasmania, published last month, found one in six respondents had seen a fake listing.",
     {("published", "Tenants' Union of Tasmania", "Tenants' Union of Tasmania survey"),
      ("cites", "Tenants' Union of Tasmania survey", "~one in six")}),
    ("published.a_service_run_by_a_body_written_with_a_hyphen", "Shares fell. Renters lost $4.9 million to scams, "
     "according to Scamfinder, the ACCC-run reporting service.",
     {("published", "ACCC", "Scamfinder"), ("cites", "Scamfinder", "~$4.9 million")}),
    ("published.an_authors_name_and_acronym_before_the_report_noun", "Shares fell. An Australian Communications and "
     "Media Authority (ACMA) report found one in five adults use only a mobile phone.",
     {("published", "Australian Communications and Media Authority", "ACMA report"),
      ("cites", "ACMA report", "~one in five")}),
    ("cites.a_number_after_calling_is_a_phone_number", "Shares fell. The Department of Consumer Protection says "
     "victims can file a complaint online or by calling 311.", set()),
    ("published.a_fronted_unnamed_survey_is_the_subjects", "Shares fell. The consumer group Eurovox is based in "
     "Brussels. In a survey of 11,000 consumers in 10 countries, it found that 7 in 10 people wanted to switch off data collection.",
     {("published", "Eurovox", "Eurovox survey"), ("cites", "Eurovox survey", "~7 in 10")}),
    ("ceo_of.an_untagged_company_before_the_title", "Shares fell. The suit was filed in Munich. Fahrmo chief "
     "executive Lukas Brandt rejected the allegations. TixHub chief executive Callum Reddy said the firm would appeal. "
     "Former chief executive Jane Roe declined to comment.",
     {("ceo_of", "Lukas Brandt", "Fahrmo"), ("ceo_of", "Callum Reddy", "TixHub")}),
    ("official_of.an_mp_for_an_untagged_constituency", "Shares fell. Tom Ashdown, the Liberal Democrat MP for Bath, "
     "said the findings should prompt a review. Sara Pole, MP for Wexcombe, agreed. The MP for the area was silent.",
     {("official_of", "Tom Ashdown", "Bath"), ("official_of", "Sara Pole", "Wexcombe")}),
    ("official_of.a_place_and_a_lower_case_portfolio_before_commissioner", "Shares fell. EU competition "
     "commissioner Henrike Voss told reporters the rules were clear. The bank's compliance commissioner Jane Roe agreed.",
     {("official_of", "Henrike Voss", "EU")}),
    ("sued.attorneys_general_named_after_their_states", "Shares fell. Helixa Inc. was sued in March by the attorneys "
     "general of Oregon and Arizona, Priya Castell and Tomas Ruiz, who allege it misled customers.",
     {("sued", "Oregon", "Helixa Inc."), ("sued", "Arizona", "Helixa Inc."), ("sued", "Priya Castell", "Helixa Inc."),
      ("sued", "Tomas Ruiz", "Helixa Inc.")}),
    ("ceo_of.a_place_before_chief_executive_employs_no_one", "Shares fell. Texas chief executive Jane Roe agreed.",
     set()),
    # a second relative in "A, which owns X, and B, which owns Y" speaks of B, wherever the parser hangs it
    ("owns.second_relative_after_a_list_is_the_next_owners", "Shares fell. Rivals include Tessary Health, which "
     "owns Quillmed and Dorrin Labs, and Harlan Corp., which owns online pharmacy Pillora.",
     {("owns", "Tessary Health", "Quillmed"), ("owns", "Tessary Health", "Dorrin Labs"), ("owns", "Harlan Corp.", "Pillora")}),
    # a singular verb after "A and B, which ..." agrees with B alone; a plural one with both
    ("owns.a_singular_relative_after_two_names_is_the_last_ones", "Shares fell. The suit names Corvel Inc. and "
     "Brantry Ltd., which makes the Zephyr app.", {("owns", "Brantry Ltd.", "Zephyr")}),
    # a name before "<gerund> platform/app" is the platform, even when the tagger reads the gerund as a verb
    ("owns.a_name_before_a_gerund_and_a_platform_noun", "Shares fell. The board fined Teldra, the Oslo "
     "company behind the Fennick learning app, on Friday.", {("owns", "Teldra", "Fennick")}),
    # a hyphenated given name after a title NER left untagged is the whole name
    ("official_of.hyphenated_given_name_after_a_title", "Shares fell. Seoul Mayor Oh Jae-kwan filed a lawsuit "
     "against Doreal Corp. on Monday.",
     {("official_of", "Oh Jae-kwan", "Seoul"), ("sued", "Oh Jae-kwan", "Doreal Corp.")}),
    ("official_of.whose_title_after_a_place", "Shares fell. Brivo was sued by Iowa, whose attorney general, "
     "Dan Roe, called it a scandal.", {("official_of", "Dan Roe", "Iowa"), ("sued", "Iowa", "Brivo")}),
    # a known platform and a country heading the phrase are the platform's national unit
    ("sued.a_platforms_national_unit", "Shares fell. In August, the Taipei City Government sued Shopee Taiwan, "
     "the local arm of Singapore-based Orvan Ltd.",
     {("sued", "Taipei City Government", "Shopee Taiwan"), ("owns", "Orvan Ltd.", "Shopee Taiwan")}),
    # the tagger may read a place's first word as a common noun
    ("official_of.place_opened_by_a_common_noun", "Shares fell. Cottage Grove Mayor Ann Dorsey said police were "
     "investigating.", {("official_of", "Ann Dorsey", "Cottage Grove")}),
    # a name never ends in a conjunction ("Meta's Instagram and" tagged as one name)
    ("owns.a_possessive_name_before_and", "Shares fell. The states say Velto advertised heavily on Meta's Instagram "
     "and ByteDance-owned TikTok.", {("owns", "Meta", "Instagram"), ("owns", "ByteDance", "TikTok")}),
    # a double-barrelled surname NER cut at the hyphen is one name
    ("ceo_of.double_barrelled_surname", "Shares fell. Harbor Crest Chief Executive Lorna Vasquez-Hale said in a "
     "statement that it was fine.", {("ceo_of", "Lorna Vasquez-Hale", "Harbor Crest")}),
    # the next owner in "A, which owns X and Y, and B, parent of Z" is not A's holding
    ("owns.a_listed_parent_is_the_next_owner", "Shares fell. Ridley Holdings, which owns Tripwell and Stayra, and "
     "Marlo Group, parent of Venna and Lodgix, both said they comply.",
     {("owns", "Ridley Holdings", "Tripwell"), ("owns", "Ridley Holdings", "Stayra"), ("owns", "Marlo Group", "Venna"),
      ("owns", "Marlo Group", "Lodgix")}),
    # a second described name after "and" the parser hung elsewhere
    ("owns.a_second_described_name_after_and", "Shares fell. Varo, a Denver-based company that also owns the "
     "homework app Nestly and the school payments service Perkio, did not respond.",
     {("owns", "Varo", "Nestly"), ("owns", "Varo", "Perkio")}),
    ("owns.a_second_described_name_misparsed_as_a_noun", "Shares fell. Harlan Trips, which also owns the camper-hire site "
     "VanGo and the last-minute deals app Kipr, said it would comply.",
     {("owns", "Harlan Trips", "VanGo"), ("owns", "Harlan Trips", "Kipr")}),
    # a company's website named after its possessor
    ("owns.a_companys_website_after_its_possessive", "Shares fell. The regulator had written to Ridley Group's "
     "Roomly.com asking it to review its prices.", {("owns", "Ridley Group", "Roomly.com")}),
    # review probes: a relative clause elsewhere in the sentence does not split "A and B, which make";
    # a listed holding that is itself a parent stays a holding; a rival's website is not owned;
    # "X-led" is no part of a name
    ("owns.an_earlier_relative_clause_leaves_a_plural_relative_alone", "Shares fell. Senators, who met on Tuesday, "
     "questioned Harlan Group and Pexa Inc., which make the Tallyo app.",
     {("owns", "Harlan Group", "Tallyo"), ("owns", "Pexa Inc.", "Tallyo")}),
    ("owns.a_holding_that_is_a_parent_stays_a_holding", "Shares fell. Dovetail Media, which owns Pinboard and Rendr "
     "Holdings, the parent of Pogo, was sued.",
     {("owns", "Dovetail Media", "Pinboard"), ("owns", "Dovetail Media", "Rendr Holdings"),
      ("owns", "Rendr Holdings", "Pogo")}),
    ("owns.a_rivals_website_is_not_owned", "Shares fell. Ridley Group's rival Roomly.com was fined by regulators.", set()),
    ("official_of.a_hyphenated_modifier_is_no_name", "Shares fell. Seoul Mayor Oh Sehoon-led campaigns targeted "
     "Zappit.", {("official_of", "Oh Sehoon", "Seoul")}),
    ("official_of.a_lower_case_hyphenated_given_name", "Shares fell. Busan Mayor Park Hyun-soo filed a lawsuit "
     "against Zappit.", {("official_of", "Park Hyun-soo", "Busan"), ("sued", "Park Hyun-soo", "Zappit")}),
    ("cites.a_website_named_as_a_source_keeps_its_figure", "Shares fell. According to Ridley Group's Roomly.com, "
     "prices rose 10%.", {("cites", "Roomly.com", "~10%")}),
    ("owns.a_known_platforms_parent_company_named_after_it", "Shares fell. Glovo's parent company Delivery Hero "
     "declined to comment, and Madrid fined Glovo and its parent Delivery Hero on Friday.",
     {("owns", "Delivery Hero", "Glovo")}),
    ("ceo_of.a_company_name_cut_short_before_the_title", "Shares fell.\n\nCedar Crown Chief Executive Adrian Pelletier "
     "called the suit a political stunt.", {("ceo_of", "Adrian Pelletier", "Cedar Crown")}),
    ("owns.a_first_word_left_out_after_a_based_adjective", "Shares fell. Starhollow is a subsidiary of Shanghai-based "
     "Lumen Pixel, which also owns the shooter Neon Requiem.",
     {("owns", "Lumen Pixel", "Starhollow"), ("owns", "Lumen Pixel", "Neon Requiem")}),
    ("sued.a_name_cut_short_where_the_document_names_it_in_full", "Shares fell. Korrin Labs is owned by Lumen Pixel. "
     "Lumen Pixel was also sued in March by Oakland city attorney Mara Ellis, who says the firm's ads targeted "
     "teenagers.",
     {("sued", "Mara Ellis", "Lumen Pixel"), ("official_of", "Mara Ellis", "Oakland"),
      ("owns", "Lumen Pixel", "Korrin Labs")}),
    ("sued.names_after_a_plural_noun_read_as_a_verb", "Shares fell. Chile's National Consumer Service (Sernac) has "
     "filed collective lawsuits against food delivery platforms Rappi and PedidosYa, alleging hidden fees.",
     {("sued", "National Consumer Service", "Rappi"), ("sued", "National Consumer Service", "PedidosYa")}),
    ("owns.a_subsidiary_coordinated_with_an_apposition", "Shares fell. Zappit, a popular chat app and a unit of "
     "Orbis Media, was fined. Tovra, a chat app and a favourite of Orbis Media executives, was fined too.",
     {("owns", "Orbis Media", "Zappit")}),
    ("owns.a_listed_name_with_its_own_parent_apposition_is_not_the_possessors", "Shares fell. Harlow Group's Zapp "
     "Eats and Quikly, the Spanish arm of Amsterdam-based Orbis Media, were not named in the suit.",
     {("owns", "Harlow Group", "Zapp Eats"), ("owns", "Orbis Media", "Quikly")}),
    ("owns.the_brand_of_a_company", "Shares fell. Tuisbezorgd, the Dutch brand of Orbis Media, was not named in the "
     "claim. Tovra, a brand of toothpaste, was recalled.", {("owns", "Orbis Media", "Tuisbezorgd")}),
    ("ceo_of.along_with_its_chief_executive_is_the_objects", "Shares fell. The state sued Orbis Labs, which runs "
     "the Zappit app, along with its chief executive, Mara Quist.",
     {("ceo_of", "Mara Quist", "Orbis Labs"), ("owns", "Orbis Labs", "Zappit")}),
    ("owns.a_former_or_denied_parent_company_owns_nothing", "Shares fell. Regulators sued Fliqr's former parent "
     "company Harwick Group. Snaplet is owned by Tessaro Capital, not its parent company Orlen Group.",
     {("owns", "Tessaro Capital", "Snaplet")}),
    ("ceo_of.a_day_or_party_word_before_the_company_is_no_part_of_it", "Shares fell. The company said Monday Nuvexa "
     "Chief Executive Dana Holt would resign. Republican Brivo Chief Executive Omar Tate resigned.",
     {("ceo_of", "Dana Holt", "Nuvexa"), ("ceo_of", "Omar Tate", "Brivo")}),
    ("owns.purchased_like_bought", "Shares fell. Harlow Group purchased Zappit in 2021. Kestrel Labs "
     "purchased ads on Quillo.", {("owns", "Harlow Group", "Zappit")}),
    ("sued.a_gerund_compound_before_the_name_is_no_verb", "Shares fell. The Federal Trade Commission has sued "
     "ticketing company Zolt Passes and its parent, Orsk Stage Group, in federal court. The commission sued, claiming "
     "damages from Zolt Passes.",
     {("sued", "Federal Trade Commission", "Zolt Passes"), ("sued", "Federal Trade Commission", "Orsk Stage Group"),
      ("owns", "Orsk Stage Group", "Zolt Passes")}),
    ("owns.a_law_named_as_an_organisation_is_no_party", "Shares fell. The lawsuit, filed under the Ohio Deceptive Trade "
     "Practices Act, names Zentra Labs' parent company, Orvik Interactive Corp. Orvik Interactive Corp. owns Zentra Labs "
     "and the app Plink under the Digital Services Act 2024.",
     {("owns", "Orvik Interactive Corp.", "Zentra Labs"), ("owns", "Orvik Interactive Corp.", "Plink")}),
    ("owns.where_a_company_is_registered_is_no_part_of_its_name", "Shares fell. The suit names Bluewick Software LLC, the "
     "Wyoming company behind the app Peelo, and its parent company, Ardane Holdings Ltd of Cyprus.",
     {("owns", "Bluewick Software LLC", "Peelo"), ("owns", "Ardane Holdings Ltd", "Bluewick Software LLC")}),
    ("owns.a_company_called_x_is_x", "Shares fell. She opens Nova, a chatbot made by a start-up called Tether AI. The "
     "Federal Trade Commission sued a company called Velora Labs. Zappo, an app called Brisk by its fans, is popular.",
     {("owns", "Tether AI", "Nova"), ("sued", "Federal Trade Commission", "Velora Labs")}),
    ("cites.a_nationality_between_the_year_and_the_title_is_part_of_it", "Shares fell. Brookvale Media's 2025 European "
     "Arena Yearbook found that ticket prices rose 19% between 2022 and 2024.",
     {("cites", "2025 European Arena Yearbook", "ticket prices rose 19% between 2022 and 2024"), ("published", "Brookvale Media", "2025 European Arena Yearbook")}),
    ("cites.a_city_names_its_attorneys_office", "Shares fell. The San Diego City Attorney's Office said the sites "
     "recorded more than 31 million visits in 2025.",
     {("cites", "San Diego City Attorney's Office", "more than 31 million visits")}),
    ("owns.the_place_company_is_the_one_based_there", "Shares fell. The Federal Trade Commission sued Corvane Global "
     "Entertainment on Monday. It alleges that Corvane Global, which is based in Beverly Hills, California, locks venues "
     "into contracts with Zolt Passes. Zolt Passes President Alana Brisco said the ticketer had spent heavily. The "
     "Beverly Hills company also owns the festival brand Riverbend Sessions. Ardent Labs, a Denver-based startup, owns "
     "Kivo. Peloria Inc. owns the app Zappit. The Denver company also owns the app Brisk.",
     {("sued", "Federal Trade Commission", "Corvane Global Entertainment"),
      ("owns", "Corvane Global Entertainment", "Riverbend Sessions"), ("owns", "Ardent Labs", "Kivo"),
      ("owns", "Peloria Inc.", "Zappit"), ("owns", "Ardent Labs", "Brisk")}),
    ("published.a_title_after_a_phrase_of_time_names_the_report", "Shares fell. The Open Ledger Lab published a report "
     "on Tuesday titled \"Stripped by Design\" that identified 102 apps.",
     {("published", "Open Ledger Lab", "Stripped by Design")}),
    ("published.a_participle_tagged_as_a_past_tense_names_the_author", "Shares fell. A survey of 1,000 U.S. teens "
     "released this month by Thistle Youth Research found that 1 in 5 had seen a nudify app advertised on social media.",
     {("published", "Thistle Youth Research", "Thistle Youth Research survey"),
      ("cites", "Thistle Youth Research survey", "1 in 5 had seen a nudify app advertised on social media")}),
    ("cites.a_body_of_two_places_keeps_both", "Shares fell. The Better Business Bureau of Iowa and North Dakota said "
     "its Scam Tracker received 287 reports of ticket scams in 2024.",
     {("cites", "Better Business Bureau of Iowa and North Dakota", "287 reports of ticket scams"),
      ("cites", "Scam Tracker", "287 reports of ticket scams"),
      ("published", "Better Business Bureau of Iowa and North Dakota", "Scam Tracker")}),
    ("ceo_of.a_managing_director_runs_the_company", "Shares fell. Quellor Tix managing director Rhys Talbot said the "
     "company would defend the case. Netlink's managing director, Segun Arowolo, said the firm had refunded subscribers.",
     {("ceo_of", "Rhys Talbot", "Quellor Tix"), ("ceo_of", "Segun Arowolo", "Netlink")}),
    ("official_of.a_state_legislators_home_town_is_no_jurisdiction", "Shares fell. State Rep. Tomas Eklund, a "
     "Minneapolis Democrat who wrote the law, said the site ignored it. State Sen. Ana Ruiz, an Ohio Democrat, said the "
     "bill would pass.", {("official_of", "Ana Ruiz", "Ohio")}),
    ("sued.that_case_is_the_last_suit_whoever_filed_it", "Shares fell. The complaint also names Quorra's founder and "
     "chief executive, Ezra Vantongeren, as a defendant. Hours later, attorneys general from seven states filed their "
     "own lawsuit against Quorra Labs in state court. That case is led by California's attorney general, Beatriz Solano-Marsh.",
     {("ceo_of", "Ezra Vantongeren", "Quorra Labs"), ("official_of", "Beatriz Solano-Marsh", "California"),
      ("sued", "Beatriz Solano-Marsh", "Quorra Labs")}),
    ("sued.a_country_after_a_name_is_part_of_it", "Shares fell. Separately, the campaign group Fair Ticketing UK has "
     "brought a collective action against Rekord Tickets at the Competition Appeal Tribunal.", set()),
    ("owns.an_untagged_owner_before_owned_is_a_company", "Shares fell. TransUnion-owned Neustar said 48% of calls were "
     "displayed without a name.",
     {("owns", "TransUnion", "Neustar"), ("cites", "Neustar", "48% of calls were displayed without a name")}),
    ("owns.untagged_owner_words_before_owned", "Shares fell. ZingPay, the Harbour Fintech-owned e-wallet popular with "
     "students, has frozen 8,900 accounts.", {("owns", "Harbour Fintech", "ZingPay")}),
    ("owns.the_arm_of_a_short_name_is_its_parents", "Shares fell. Minnesota and Vermont jointly filed suit against Sheln "
     "Distribution Corp., the U.S. arm of Sheln, over magnetic toys.",
     {("owns", "Sheln", "Sheln Distribution Corp."), ("sued", "Minnesota", "Sheln Distribution Corp."),
      ("sued", "Vermont", "Sheln Distribution Corp.")}),
    ("owns.a_persons_name_as_owner_owns_no_company", "Shares fell. Last week, Arizona Attorney General Celeste Moraga "
     "sued Phoenix-based Desert Peak Goods LLC and its owner, Tyler Brandt, accusing them.",
     {("sued", "Celeste Moraga", "Desert Peak Goods LLC"), ("sued", "Celeste Moraga", "Tyler Brandt"),
      ("official_of", "Celeste Moraga", "Arizona"), ("accused", "Celeste Moraga", "Desert Peak Goods LLC"),
      ("accused", "Celeste Moraga", "Tyler Brandt")}),
    ("owns.a_based_owner_is_a_company", "Shares fell. Meanwhile, Arizona Attorney General Lorena Vasquez-Tull sued "
     "Crestmark Crypto, a Bitcoin ATM operator, and its owner, Phoenix-based Saguaro Fintech, alleging fraud.",
     {("sued", "Lorena Vasquez-Tull", "Crestmark Crypto"), ("sued", "Lorena Vasquez-Tull", "Saguaro Fintech"),
      ("official_of", "Lorena Vasquez-Tull", "Arizona"), ("owns", "Saguaro Fintech", "Crestmark Crypto")}),
    ("cites.a_share_restating_a_count_is_a_figure_of_its_own", "Shares fell. The Harlow Institute study found that 36 of "
     "the 85 items, or 42%, failed the relevant British safety standard.",
     {("cites", "Harlow Institute study", "36 of the 85 items"), ("cites", "Harlow Institute study", "42%"),
      ("published", "Harlow Institute", "Harlow Institute study")}),
    ("cites.an_untagged_acronym_before_data_is_its_source", "Shares fell. According to FDNY data, lithium-ion batteries "
     "caused 268 structural fires in the city last year.",
     {("cites", "FDNY", "268 structural fires in the city")}),
    ("published.its_report_after_according_to_is_the_subjects", "Shares fell. The Ruvana Crime Complaint Center (RC3) "
     "received 2,930 SIM-swap complaints in 2024, with reported losses of $61.3 million, according to its annual Ruvana "
     "Crime Report.",
     {("published", "Ruvana Crime Complaint Center", "Ruvana Crime Report"),
      ("cites", "Ruvana Crime Complaint Center", "2,930 SIM-swap complaints"), ("cites", "Ruvana Crime Complaint Center", "$61.3 million"),
      ("cites", "Ruvana Crime Report", "2,930 SIM-swap complaints"), ("cites", "Ruvana Crime Report", "$61.3 million")}),
    ("published.commissioned_by_after_the_sample_names_the_author", "Shares fell. A survey of 2,050 adults commissioned "
     "by consumer advocacy group Public Citizen found that 72% of respondents no longer answer calls from unknown numbers.",
     {("published", "Public Citizen", "Public Citizen survey"),
      ("cites", "Public Citizen survey", "72% of respondents no longer answer calls from unknown numbers")}),
    ("sued.a_procuratorate_is_a_government_body", "Shares fell. Across the border, the Shenzhen People's Procuratorate "
     "filed a civil public-interest lawsuit last week against Shenzhen Yuekai Electronics, a seller.",
     {("sued", "Shenzhen People's Procuratorate", "Shenzhen Yuekai Electronics")}),
    ("owns.the_name_right_after_a_described_noun", "Shares fell. Snapchat, the app most often named in the casework, is "
     "run by the US company Snap.", {("owns", "Snap", "Snapchat")}),
    ("ceo_of.a_managing_director_among_many_is_no_chief", "Shares fell. Gareth Lowe, managing director for Europe at "
     "Stellar Bank, said rates would rise. Kim Adler, a managing director at Goldman Sachs, said rates would rise.", set()),
    ("owns.a_kind_of_owner_before_owned_is_no_company", "Shares fell. Black-owned Sable Books said sales rose. The "
     "Veteran-owned Patriot Supply grew.", set()),
    ("cites.a_technical_acronym_before_data_is_no_source", "Shares fell. According to GPS data, the driver was "
     "travelling at 80 mph. According to CPI figures, prices rose 3.1% in May.", set()),
    ("sued.the_judge_who_leads_a_case_did_not_bring_it", "Shares fell. A lawsuit was filed against Zappo in March. That "
     "case is led by U.S. District Judge Amy Berman.", set()),
    ("ceo_of.a_person_titled_after_the_name_is_no_company", "Shares fell. Maria Santos Group owns the app Fluxo. Maria "
     "Santos, its chief executive, said 20% of users are teenagers.",
     {("owns", "Maria Santos Group", "Fluxo"), ("ceo_of", "Maria Santos", "Maria Santos Group"),
      ("cites", "Maria Santos", "20% of users are teenagers")}),
    ("owns.names_listed_after_the_verb_however_parsed", "Shares fell. Marlowe Media, which also owns the cable networks "
     "Tidemark and Sparrow Sports as well as the free streamer Lumo TV, declined to comment.",
     {("owns", "Marlowe Media", "Tidemark"), ("owns", "Marlowe Media", "Sparrow Sports"), ("owns", "Marlowe Media", "Lumo TV")}),
    ("owns.names_before_a_shared_description", "Shares fell. Ostrava Motors, which also owns the Vento and Calma car "
     "brands in Europe, did not comment.", {("owns", "Ostrava Motors", "Vento"), ("owns", "Ostrava Motors", "Calma")}),
    ("owns.the_list_ends_at_the_next_clauses_subject", "Shares fell. Danforth Capital owns Zinnia and Cobble, Harbor "
     "Stone runs Quikstream, and Amazon's Prime Video is bundled with shipping.",
     {("owns", "Danforth Capital", "Zinnia"), ("owns", "Danforth Capital", "Cobble"), ("owns", "Harbor Stone", "Quikstream"),
      ("owns", "Amazon", "Prime Video")}),
    ("owns.a_name_describing_the_next_one_is_not_owned", "Shares fell. Corwin Games, which also owns Novabox, bought "
     "Starfall publisher Brightbyte Studios in 2023. Varta Holdings bought Denver smart-lock maker Keyloft in 2022.",
     {("owns", "Corwin Games", "Novabox"), ("owns", "Corwin Games", "Brightbyte Studios"), ("owns", "Varta Holdings", "Keyloft")}),
    ("owns.one_word_owning_an_app_is_a_company", "Shares fell. Quillmere owns the messaging app Classnote.",
     {("owns", "Quillmere", "Classnote")}),
    ("sued.a_plan_or_threat_to_sue_is_no_suit", "Shares fell. Attorney General Ana Marsh is considering suing "
     "Stackwell Inc. Governor Li Weng plans to sue Tarrow Games. Attorney General Omar Diaz threatened to file a lawsuit "
     "against Ardent Labs. Marsh wants to sue Coinwick.", set()),
    ("owns.an_agreed_purchase_is_not_yet_ownership", "Shares fell. Globex Corp. agreed to buy Fizzle Games for $2 billion. "
     "Halden Media has agreed to acquire the streaming app Loopcast.", set()),
    ("sued.a_suit_beside_an_agreed_payment_still_happened", "Shares fell. Tarrow Games agreed to pay $5 million to settle "
     "a lawsuit filed by the Ruvana Trade Commission. Ardent Labs agreed to pay $2 million after the Ruvana Trade "
     "Commission sued the company.",
     {("sued", "Ruvana Trade Commission", "Tarrow Games"), ("sued", "Ruvana Trade Commission", "Ardent Labs")}),
    ("official_of.a_title_word_tagged_as_a_name_stays_in_the_title", "Shares fell. Delaware Secretary of State Carla "
     "Pettigrew sued Coinwick Capital LLC on Monday.",
     {("official_of", "Carla Pettigrew", "Delaware"), ("sued", "Carla Pettigrew", "Coinwick Capital LLC")}),
    ("accused.a_masthead_is_no_antecedent", "Harbor Times\nMenu\n\nShares fell.\n\nThe Ruvana Trade Commission has "
     "brought charges against Quillstone Markets and its two founders, accusing the Leeds-based trading app operator of "
     "misleading customers.\n\nCopyright The Harbor Times Limited 2024. All rights reserved.\n",
     {("sued", "Ruvana Trade Commission", "Quillstone Markets")}),
    ("sued.the_state_in_a_lede_naming_only_a_city_is_the_state_named_next", "Shares fell. Reporters in Duluth asked "
     "about it. Now the state has sued Tripnest Inc. Minnesota Attorney General Rhea Olsen said the company lied.",
     {("sued", "Minnesota", "Tripnest Inc."), ("official_of", "Rhea Olsen", "Minnesota")}),
    ("cites.praise_before_a_named_survey_is_no_part_of_its_name", "Shares fell. A nationally representative Vantage "
     "Polls survey of 2,138 adults found that 47 percent of adults distrust online reviews.",
     {("cites", "Vantage Polls survey", "47 percent of adults distrust online reviews")}),
    ("published.a_survey_published_by_the_subject_is_named_after_it", "Shares fell. Consumer group Fairdeal published a "
     "survey of 1,027 Australians in March which found 71 per cent had paid a surprise fee. The survey also found 38 per cent "
     "had abandoned a booking.",
     {("published", "Fairdeal", "Fairdeal survey"), ("cites", "Fairdeal survey", "71 per cent had paid a surprise fee"),
      ("cites", "Fairdeal survey", "38 per cent had abandoned a booking")}),
    ("owns.part_of_in_apposition", "Shares fell. Roomly.com, part of Vantor Holdings, said it blocked 1.4 million "
     "suspicious reviews last year.",
     {("owns", "Vantor Holdings", "Roomly.com"), ("cites", "Roomly.com", "1.4 million suspicious reviews")}),
    ("owns.a_longer_name_first_used_after_the_short_one_is_another", "Shares fell. Corvo Air, which owns the leisure "
     "carrier Corvo Air Rouge, said it shows all fees.", {("owns", "Corvo Air", "Corvo Air Rouge")}),
    ("owns.it_in_a_joined_clause_is_that_clauses_subject", "Shares fell. Orbis Group, based in Tampa, owns TripNest "
     "and the flight-deal app FareKite, and in 2023 it bought the cruise reseller SeaDeal.",
     {("owns", "Orbis Group", "TripNest"), ("owns", "Orbis Group", "FareKite"), ("owns", "Orbis Group", "SeaDeal")}),
    ("official_of.a_portfolio_commissioner_before_a_name_is_a_title", "Shares fell. Vermont Insurance Commissioner "
     "Dana Whitlow said it. Oregon Attorney General Curt Bayless and Idaho Securities Commissioner Lena Moss filed "
     "complaints against Stackpoint in August.",
     {("official_of", "Dana Whitlow", "Vermont"), ("official_of", "Curt Bayless", "Oregon"),
      ("official_of", "Lena Moss", "Idaho"), ("sued", "Curt Bayless", "Stackpoint"), ("sued", "Lena Moss", "Stackpoint")}),
    ("official_of.a_demonym_portfolio_after_a_comma", "Shares fell. Separately, Australian Information Commissioner "
     "Nora Fenn has launched civil penalty proceedings against Kestrel Mobile.",
     {("official_of", "Nora Fenn", "Australia"), ("sued", "Nora Fenn", "Kestrel Mobile")}),
    ("sued.in_a_states_case_the_defendants_are_its_officials", "Shares fell. Oregon Attorney General Curt Bayless and "
     "Idaho Securities Commissioner Lena Moss filed separate complaints against Stackpoint in August. In Oregon's case, "
     "Dale Fenn was also named as a defendant.",
     {("official_of", "Curt Bayless", "Oregon"), ("official_of", "Lena Moss", "Idaho"), ("sued", "Curt Bayless", "Stackpoint"),
      ("sued", "Lena Moss", "Stackpoint"), ("sued", "Curt Bayless", "Dale Fenn")}),
    ("sued.filers_of_the_lawsuits_told_before", "Shares fell. Regulators sued Meridale Yield Inc on Tuesday. The Texas "
     "State Securities Board and the Utah Division of Securities filed the lawsuits in state courts.",
     {("sued", "Texas State Securities Board", "Meridale Yield Inc"), ("sued", "Utah Division of Securities", "Meridale Yield Inc")}),
    ("owns.well_known_streamers_and_their_owners", "Shares fell. Disney-owned Hulu raised prices, as did Peacock, the "
     "streamer run by Comcast's NBCUniversal.", {("owns", "Disney", "Hulu"), ("owns", "Comcast", "NBCUniversal")}),
    ("published.a_known_name_ending_in_a_question_mark", "Shares fell. A Which? survey of 2,150 adults, carried out in "
     "August, found that 42% of subscribers could not say how much they paid.",
     {("published", "Which?", "Which? survey"), ("cites", "Which? survey", "42% of subscribers could not say how much they paid")}),
    ("owns.of_and_a_city_after_a_company_name_is_where_it_is", "Shares fell. Doorlight is owned by Harrowby Electronics. "
     "Doorlight's parent company, Harrowby Electronics of Seoul, was also named as a defendant. Commonwealth Bank of Australia said 20% "
     "of scams began online.",
     {("owns", "Harrowby Electronics", "Doorlight"), ("cites", "Commonwealth Bank of Australia", "20% of scams began online")}),
    ("sued.a_comma_list_of_long_names_is_split", "Shares fell. The Justice Department sued Corvell and three "
     "landlords — Brightwater Residential, Oakmont Living and Tessera Property Group — on Tuesday.",
     {("sued", "Justice Department", "Corvell"), ("sued", "Justice Department", "Brightwater Residential"),
      ("sued", "Justice Department", "Oakmont Living"), ("sued", "Justice Department", "Tessera Property Group")}),
    ("sued.a_gerund_read_as_the_verb_after_against", "Shares fell. Stockport Council has taken legal action against "
     "letting agent Pennine Lettings, which installed cameras.", {("sued", "Stockport Council", "Pennine Lettings")}),
    ("sued.a_possessor_in_apposition_is_no_subject", "Shares fell. The Los Angeles Unified School District, the "
     "nation's second-largest, sued ClassLedger in January.",
     {("sued", "Los Angeles Unified School District", "ClassLedger")}),
    ("owns.a_listed_name_opening_the_next_clause_is_not_owned", "Shares fell. Gresham Group owns Nimbus, Cirrus and "
     "Stratus, and Ferrol Labs owns the rest.",
     {("owns", "Gresham Group", "Nimbus"), ("owns", "Gresham Group", "Cirrus"), ("owns", "Gresham Group", "Stratus")}),
    ("owns.a_name_after_a_joined_verb_is_not_owned", "Shares fell. Corvane Inc. owns Halcyon and hopes to buy Vireo.",
     {("owns", "Corvane Inc.", "Halcyon")}),
    ("owns.a_possessor_before_the_owned_app_is_not_owned", "Shares fell. Thistle Ventures owns Palomar's messaging app "
     "Chatterly.", {("owns", "Thistle Ventures", "Chatterly")}),
    ("owns.an_expected_purchase_is_no_ownership", "Shares fell. Regulators expect Corvane to acquire Halcyon by year's end.",
     set()),
    ("owns.membership_of_an_association_is_no_ownership", "Shares fell. Lumo, part of the Libra Association, left the "
     "group. Tran owns the app Pho Express and the bakery Banh Mi Co.", set()),
    ("official_of.a_portfolio_title_needs_a_place_before_it", "Shares fell. Pacific Utilities Commissioner Maria Gomez "
     "joined the panel.", set()),
    ("owns.its_own_is_the_clause_subjects", "Shares fell. Coralline Hospitality Group, which also owns the midscale "
     "chain Tideway Suites and its own booking app, StayCoral, declined to comment.",
     {("owns", "Coralline Hospitality Group", "Tideway Suites"), ("owns", "Coralline Hospitality Group", "StayCoral")}),
    ("owns.a_promotion_to_join_a_channel_is_no_statement", "Shares fell. Join ST's Telegram channel and get the latest "
     "breaking news delivered to you.", set()),
    ("owns.a_stake_owned_by_after_the_copula", "Shares fell. Tembusu Holdings is in turn 70 per cent owned by Kestrel "
     "Bay Group.", {("owns", "Kestrel Bay Group", "Tembusu Holdings")}),
    ("official_of.a_multiword_portfolio_after_a_possessive_place", "Shares fell. Japan's Financial Services Minister "
     "Hiroshi Kakuda said the government would act.", {("official_of", "Hiroshi Kakuda", "Japan")}),
    ("cites.a_qualified_title_before_its_holder_is_no_name", "Shares fell. The Ruvana Data Commission (RDC) sued "
     "Zapcash. The RDC's National Commissioner, Tunde Okafor-Ade, said the watchdog had investigated 41 lenders.",
     {("sued", "Ruvana Data Commission", "Zapcash"), ("cites", "Tunde Okafor-Ade", "~41 lenders")}),
]


def _triples(ex):
    names = {e.key: e for e in ex.entities}
    out = set()
    for r in ex.relations:
        obj = names[r.object]
        out.add((r.rel, names[r.subject].name, obj.name if obj.cls != "Statistic" else obj.name))
    return out


def _match(found, expected):
    """Expected "~KEY" objects match a found object that contains KEY."""
    remaining = set(found)
    missing = set()
    # exact objects first, then the longest keys; each takes the shortest statistic containing
    # it, so the outcome does not depend on set order ("~three states" vs "40 per cent ... three states")
    for rel, s, o in sorted(expected, key=lambda e: (e[2].startswith("~"), -len(e[2]), e)):
        candidates = sorted((f for f in remaining if f[0] == rel and f[1] == s
                             and (f[2] == o or (o.startswith("~") and o[1:] in f[2]))), key=lambda f: (len(f[2]), f))
        hit = candidates[0] if candidates else None
        if hit is None:
            missing.add((rel, s, o))
        else:
            remaining.discard(hit)
    return missing, remaining


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rule(extract, case):
    _, text, expected = case
    found = {t for t in _triples(extract(text)) if t[0] in SCORED}
    missing, extra = _match(found, expected)
    assert not missing and not extra, f"missing {missing}, unexpected {extra}"


def test_enough_cases():
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c[2]) >= 10


def test_statistic_value_unit_and_subject(extract):
    ex = extract("Thorn reported 1.2 million cases of sextortion on Instagram in 2023. "
                 "A Pew Research Center survey found that 46% of teens use TikTok.")
    stats = {e.name: e for e in ex.entities if e.cls == "Statistic"}
    cases = next(e for n, e in stats.items() if "1.2 million" in n)
    assert (cases.value, cases.unit, cases.measures) == (1_200_000, "count", "case")
    assert cases.about == "Platform\tInstagram"
    share = next(e for n, e in stats.items() if "46%" in n)
    assert (share.value, share.unit, share.about) == (46, "percent", "Platform\tTikTok")


def test_glued_amounts_have_their_value_and_unit(extract):
    ex = extract("Harbourview Media said its revenue rose to NKr4.9bn, and that it paid £12m in fines. "
                 "Streamvale Ltd has 38mn monthly users, the company said.")
    stats = {e.name: e for e in ex.entities if e.cls == "Statistic"}
    found = {(round(e.value), e.unit) for n, e in stats.items() if any(k in n for k in ("NKr4.9bn", "£12m", "38mn"))}
    assert found == {(4_900_000_000, "money"), (12_000_000, "money"), (38_000_000, "count")}


def test_a_name_spelled_out_by_its_acronym_is_not_split_at_its_and(extract):
    ex = extract("The Intelligence Fusion and Strategic Operations (IFSO) unit said it had filed a chargesheet.")
    names = {e.name for e in ex.entities}
    assert "Intelligence Fusion and Strategic Operations" in names
    assert not names & {"Intelligence Fusion", "Strategic Operations"}


def test_legal_form_kept_in_the_label_not_the_iri(extract):
    """"Vantor Labs Inc." is labelled as written, and it is the node "Vantor Labs" of another article."""
    from kg.graph import entity_iri

    ex = extract("Vantor Labs Inc. was sued by Ohio. Vantor Labs denied wrongdoing.")
    company = next(e for e in ex.entities if e.cls == "Company")
    assert company.name == "Vantor Labs Inc."
    assert entity_iri("Company", company.name) == entity_iri("Company", "Vantor Labs")


def test_an_accusation_read_twice_is_one_relation_with_its_allegation(extract):
    """"accusing it of X and then charging ...": one accusation, with what it alleges (the same
    relation once more without the allegation used to make sorting the relations fail)."""
    ex = extract("Ohio Attorney General Dana Holt filed a lawsuit Tuesday against Brightgym Clubs, the Columbus gym "
                 "chain, accusing it of making members jump through hoops to cancel and then charging them for "
                 "months after they quit.")
    accused = [r for r in ex.relations if r.rel == "accused"]
    assert [(r.object[1], r.detail) for r in accused] == [
        ("brightgym clubs", "of making members jump through hoops to cancel")]


def test_owner_compound_at_the_end_of_a_clause_terminates(extract):
    """"the app was Meta-owned." walks up to the sentence root, which is before the
    compound: the walk must stop there (it once looped forever: spaCy makes a new Token
    object on every access, so "token.head is not token" is always true)."""
    import threading

    box = {}
    worker = threading.Thread(target=lambda: box.update(ex=extract("Regulators said the app was Meta-owned.")),
                              daemon=True)
    worker.start()
    worker.join(30)
    assert "ex" in box, "extraction did not finish in 30 s"


def test_a_name_span_never_runs_over_a_verb(nlp):
    """NER sometimes tags "the Maine Bureau of Securities sued Harbor Wealth Advisers" as one
    organisation; the mention finder cuts it at the verb into the plaintiff and the defendant."""
    from kg.extract.mentions import _split_possessive

    doc = nlp("Separately, the Maine Bureau of Securities sued Harbor Wealth Advisers on Thursday.")
    verb = next(t.i for t in doc if t.lower_ == "sued")
    start = next(t.i for t in doc if t.text == "Maine")
    pieces = _split_possessive(doc, start, verb + 4, "ORG")
    assert [doc[s:e].text for s, e, _ in pieces] == ["Maine Bureau of Securities", "Harbor Wealth Advisers"]


def test_trigger_prefilters_read_token_arrays_like_the_tokens(nlp):
    """The rules' prefilters (Context.candidates / Context.modified) find the same words as
    reading every Token would: a modifier after its head (a negative offset in the HEAD array)
    counts, and lemmas and forms are matched in lower case."""
    from kg.extract.relations import Context

    doc = nlp("Shares fell. Regulators flagged something new in Meta's Instagram app, and Kestrel Labs Owns It.")
    sent = list(doc.sents)[1]
    ctx = Context.__new__(Context)
    ctx._modified, ctx._columns, ctx._sentence_sets, ctx._tokens_of = None, {}, {}, None
    expected = {t.head.i for t in doc if t.dep_ in ("poss", "compound", "amod", "nmod")}
    assert ctx.modified(sent) == expected
    assert any(t.head.i < t.i for t in doc if t.dep_ in ("poss", "compound", "amod", "nmod"))  # ("something new")
    assert [t.text for t in ctx.candidates(sent, {"own", "flag"})] == ["flagged", "Owns"]
    assert [t.text for t in ctx.candidates(sent, words={"app"})] == ["app"]
