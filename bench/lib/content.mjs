// Page text for every fixture: plain-English low-back-pain questions and answers written
// for this benchmark (about 60 words per answer). Every subject shows the same words, so
// the only difference between pages is the markup and the subject's own JS/CSS. The language
// pages (scenario lang) use the first eight in Belgian Dutch or Belgian French.

/** @type {Array<[string, string]>} question, answer */
const QA = [
  [
    'Why does my lower back hurt?',
    'Most lower back pain comes from sensitive muscles, joints and ligaments rather than from damage. A busy week, a long drive, a poor night of sleep or lifting something awkward can all set it off. In most people no single cause shows up, and that is normal. It usually means the back is irritated, not broken, and it tends to calm down.',
  ],
  [
    'Is it safe to keep moving?',
    'Yes. Gentle movement is one of the best things you can do. Walking, changing position often and carrying on with light tasks help the back recover faster than lying still. Some discomfort while moving is expected and does not mean you are causing harm. Go at a pace you can manage, and increase what you do a little each day.',
  ],
  [
    'How long will the pain last?',
    'Many people feel clearly better within a few weeks, and most are back to their usual activities within three months. Recovery often has ups and downs, so a bad day does not mean you are going backwards. If the pain is not easing after six weeks, or it stops you from working or sleeping, ask us to review your plan.',
  ],
  [
    'Do I need a scan?',
    'Usually not. Scans of backs without pain often show worn discs or small bulges, so these findings rarely explain your symptoms or change the treatment. We suggest imaging only when warning signs are present, when symptoms keep getting worse despite good care, or when a specialist is considering surgery or an injection. A careful examination tells us far more in most cases.',
  ],
  [
    'Which warning signs need urgent care?',
    'Get help the same day if you notice numbness between your legs or around your bottom, trouble passing urine or controlling your bowels, or weakness in both legs. The same goes for pain after a serious fall, with a fever, or with weight loss you cannot explain. These problems are rare, but they need a doctor quickly rather than waiting.',
  ],
  [
    'Should I stay in bed?',
    'Bed rest for more than a day or two tends to slow recovery. Muscles lose strength, joints stiffen and confidence drops. Lying down for short breaks when the pain is strong is fine, but try to get up and move around every hour or so. Small amounts of activity spread through the day usually work better than one long rest.',
  ],
  [
    'Can painkillers help me recover?',
    'Pain relief can make it easier to move, sleep and keep working, which helps recovery. It does not fix the back by itself, so use it to support activity rather than replace it. Read the leaflet, keep to the stated dose, and ask a pharmacist or doctor if you take other medicines or need pain relief for longer than a week.',
  ],
  [
    'Should I use heat or ice?',
    'Either can ease pain for a short time, and neither is better for everyone. Many people like warmth, such as a warm bath or a wrapped heat pack, to relax tight muscles. Others prefer a cold pack in the first days. Always wrap heat or ice in a cloth, check your skin, and use it for no more than twenty minutes.',
  ],
  [
    'Which exercises can I start with?',
    'Start with easy movements such as lying knee rolls, gentle pelvic tilts, bridging and short walks. Do a few slow repetitions, breathe normally and stop if the pain becomes sharp or keeps building. A little discomfort is acceptable. As the movements get easier, add a few repetitions or a longer walk, and your physiotherapist can add strength exercises later.',
  ],
  [
    'Can I carry on working?',
    'Staying at work, perhaps with changes, usually helps people recover. You might take more breaks, switch between sitting and standing, or avoid heavy lifting for a while. Talk to your manager about what would help you stay. If your work is very physical, we can give you advice or a letter describing suitable duties for the next few weeks.',
  ],
  [
    'What is sciatica?',
    'Sciatica is pain that runs from the back or buttock down one leg, often below the knee, sometimes with pins and needles or numbness. It happens when a nerve in the lower back becomes irritated. It can be very painful but usually settles over weeks or months. Tell us straight away if your leg becomes weak or your foot drags.',
  ],
  [
    'Does sitting badly cause back pain?',
    'There is no perfect way to sit, and people with many different postures live without pain. What tends to help most is changing position. Sitting still in one position for hours can leave the back stiff and sore. Get up every thirty minutes, move between tasks, and choose whichever sitting position feels comfortable for now rather than forcing one.',
  ],
  [
    'What kind of mattress is best?',
    'No mattress suits everyone, and a new one is not a treatment. Many people sleep well on a medium-firm surface, but comfort matters more than labels. Before spending money, try a pillow between your knees when lying on your side, or under your knees when lying on your back. Give each change a few nights before you judge it.',
  ],
  [
    'Is it bad to bend and lift?',
    'Your spine is strong and built to bend, twist and lift. Problems are more likely with loads that are much heavier than you are used to, or when you are very tired. Keep the object close, take your time, and build up gradually after a flare. Avoiding bending altogether can make your back feel weaker and more fragile over time.',
  ],
  [
    'Does stress affect back pain?',
    'Yes. Worry, low mood and poor sleep can turn up the volume of pain and make it last longer. This does not mean the pain is imaginary; the nervous system simply becomes more sensitive. Regular activity, time outdoors, relaxation and talking to people you trust all help. Tell us if you have felt low for several weeks in a row.',
  ],
  [
    'What happens at a physiotherapy appointment?',
    'We ask about your pain, your health and your goals, then check how you move and test nerves and strength where needed. We explain what we think is going on and agree a plan with you. That plan usually includes advice, exercises for home and a gradual return to activities. Some sessions include hands-on treatment to ease pain.',
  ],
  [
    'Will massage or manipulation fix it?',
    'Massage and spinal manipulation can ease pain for a few hours or days in some people, which can make moving and exercising easier. They work best alongside an active plan rather than on their own. If you choose them, see a registered practitioner, describe your symptoms fully and agree how you will judge whether the treatment is worth continuing.',
  ],
  [
    'Why does my pain keep returning?',
    'Back pain often comes back, especially after busy or stressful periods, and a new flare rarely means new damage. Staying active between episodes, building strength step by step and having a plan for bad days can make flares shorter and milder. Each time, most people find they recover a little faster because they know what helps them.',
  ],
  [
    'Can I still go to the gym?',
    'Most people can keep training with a few changes. During a flare, lower the weights, shorten the range of movement and favour cycling, swimming or walking. Then build back up over a few sessions. If one exercise always leaves you much worse the next day, swap it for something similar for now, and try it again later.',
  ],
  [
    'Is walking good for my back?',
    'Walking is simple, free and one of the most useful activities for back pain. It moves the joints gently, keeps muscles working and often improves sleep and mood. Start with a few short walks on level ground and add a few minutes every couple of days. Good shoes help, and walking with someone makes the habit easier to keep.',
  ],
  [
    'What is a slipped disc?',
    'Discs do not actually slip. Sometimes part of a disc bulges and presses on a nearby nerve, which can cause leg pain. Bulges are common, even in people without pain, and many shrink over time. Most people recover without surgery. Staying as active as the pain allows supports this natural recovery, and we will guide you through it.',
  ],
  [
    'Should I wear a back support belt?',
    'Support belts are rarely needed for everyday back pain. Some people find one reassuring for a short task, such as a long car journey, and that is reasonable. Wearing a belt all day can make your own muscles work less. If you feel you need one for weeks, talk to us first so we can build your strength instead.',
  ],
  [
    'How can I sleep better with back pain?',
    'Try lying on your side with a pillow between your knees, or on your back with a pillow under them. Some gentle movement before bed, such as a short walk or a few knee rolls, can ease stiffness. Keep regular bedtimes and limit screens late at night. Tell us if pain wakes you every night whatever position you try.',
  ],
  [
    'Can teenagers get back pain?',
    'Yes, back pain is quite common in teenagers, often linked to sport, heavy bags, long hours of gaming or growth spurts. Most cases settle with activity and simple advice. Because serious causes are slightly more likely in young people, persistent pain, pain at night or pain with fever in a child or teenager should be checked by a doctor.',
  ],
  [
    'Is back pain normal during pregnancy?',
    'Back and pelvic pain are common in pregnancy as posture, weight and ligaments change. Gentle exercise, supportive shoes, regular rest and pillows in bed often help. A physiotherapist experienced in pregnancy can suggest exercises and ways to move more comfortably. Contact your midwife or doctor promptly if the pain is severe, comes in waves, or comes with bleeding.',
  ],
  [
    'Does my weight make a difference?',
    'Extra body weight can add load and is linked with pain lasting longer for some people, but the link is not simple and slim people get back pain too. Regular activity, good sleep and balanced meals support your general health and often ease pain. Small changes you can keep up for months work better than strict short diets.',
  ],
  [
    'What should I bring to my first visit?',
    'Bring a list of your medicines, any letters or scan reports, and a few notes on when the pain started and what makes it better or worse. Wear loose, comfortable clothes so you can move easily during the examination. It also helps to think about which activities matter most to you, so we can set goals together.',
  ],
  [
    'Will I need surgery?',
    'Very few people with back pain need an operation. Surgery is considered mainly when a trapped nerve causes weakness that keeps getting worse, when severe leg pain does not improve after several months of good care, or when warning signs point to a serious problem. Even then, the decision is shared, and many people do well without it.',
  ],
  [
    'How do I manage a flare-up?',
    'Keep moving gently, use the pain relief or heat that worked before, and scale back rather than stop your usual activities. Break tasks into shorter parts and rest briefly between them. Remind yourself that flares usually settle within days to weeks. If the pain is very different from before, or comes with warning signs, contact us or your doctor.',
  ],
  [
    'How do I book a follow-up?',
    'You can book online with the booking button on this page, call us during opening hours, or ask at reception after your visit. Most follow-ups are two to four weeks after the first appointment. If your symptoms change suddenly before then, or you notice any of the warning signs described above, contact us straight away instead of waiting.',
  ],
];

// The first eight questions in Belgian Dutch and Belgian French, for the language pages (scenario lang), written
// for this benchmark as plain patient text of about the same length as the English.
/** @type {Array<[string, string]>} */
const QA_NL = [
  [
    'Waarom doet mijn onderrug pijn?',
    'De meeste lage rugpijn komt van gevoelige spieren, gewrichten en banden, niet van schade. Een drukke week, een lange autorit, een slechte nacht of iets onhandig optillen kan ze uitlokken. Bij de meeste mensen is er geen duidelijke oorzaak, en dat is normaal. Meestal is de rug geprikkeld, niet kapot, en wordt hij vanzelf weer rustiger.',
  ],
  [
    'Mag ik blijven bewegen?',
    'Ja. Rustig bewegen is een van de beste dingen die u kunt doen. Wandelen, vaak van houding veranderen en lichte taken blijven doen helpen de rug sneller te herstellen dan stil liggen. Wat ongemak tijdens het bewegen is te verwachten en betekent niet dat u iets beschadigt. Ga in een tempo dat u aankunt en doe elke dag een beetje meer.',
  ],
  [
    'Hoe lang duurt de pijn?',
    'Veel mensen voelen zich binnen enkele weken duidelijk beter, en de meesten doen binnen drie maanden weer hun gewone activiteiten. Herstel gaat vaak met ups en downs, dus een slechte dag betekent niet dat u achteruitgaat. Neemt de pijn na zes weken niet af, of houdt ze u van werken of slapen, vraag ons dan om uw plan te herbekijken.',
  ],
  [
    'Heb ik een scan nodig?',
    'Meestal niet. Scans van ruggen zonder pijn tonen vaak versleten tussenwervelschijven of kleine uitstulpingen, dus zulke bevindingen verklaren zelden uw klachten of veranderen de behandeling. We raden beeldvorming alleen aan bij alarmsignalen, als de klachten ondanks goede zorg blijven verergeren, of als een specialist een operatie of injectie overweegt. Een zorgvuldig onderzoek vertelt ons meestal veel meer.',
  ],
  [
    'Welke alarmsignalen vragen dringend zorg?',
    'Zoek dezelfde dag hulp als u gevoelloosheid merkt tussen uw benen of rond uw zitvlak, moeite hebt met plassen of met het ophouden van uw stoelgang, of zwakte in beide benen. Hetzelfde geldt voor pijn na een zware val, met koorts, of met gewichtsverlies dat u niet kunt verklaren. Deze problemen zijn zeldzaam, maar ze hebben snel een arts nodig.',
  ],
  [
    'Moet ik in bed blijven?',
    'Meer dan een dag of twee bedrust vertraagt meestal het herstel. Spieren verliezen kracht, gewrichten worden stijf en het vertrouwen daalt. Even gaan liggen als de pijn hevig is, mag gerust, maar probeer ongeveer elk uur op te staan en wat rond te lopen. Kleine beetjes activiteit verspreid over de dag werken meestal beter dan één lange rustpauze.',
  ],
  [
    'Helpen pijnstillers bij het herstel?',
    'Pijnstilling kan het makkelijker maken om te bewegen, te slapen en te blijven werken, en dat helpt het herstel. Ze herstelt de rug niet zelf, dus gebruik ze om actief te blijven, niet in plaats daarvan. Lees de bijsluiter, houd u aan de dosis en vraag raad aan een apotheker of arts als u andere geneesmiddelen neemt of langer dan een week pijnstilling nodig hebt.',
  ],
  [
    'Gebruik ik beter warmte of ijs?',
    'Beide kunnen de pijn even verlichten, en geen van beide is voor iedereen beter. Veel mensen houden van warmte, zoals een warm bad of een ingepakt warmtekussen, om gespannen spieren te ontspannen. Anderen verkiezen de eerste dagen een koud kompres. Wikkel warmte of ijs altijd in een doek, controleer uw huid en gebruik het niet langer dan twintig minuten.',
  ],
];

// French typography: a no-break space before ? : ; (\u00a0), and the typographic apostrophe.
/** @type {Array<[string, string]>} */
const QA_FR = [
  [
    'Pourquoi ai-je mal au bas du dos\u00a0?',
    'La plupart des douleurs lombaires viennent de muscles, d’articulations et de ligaments devenus sensibles, et non d’une lésion. Une semaine chargée, un long trajet en voiture, une mauvaise nuit ou un objet soulevé maladroitement peuvent les déclencher. Chez la plupart des gens, on ne trouve pas de cause précise, et c’est normal. Le dos est irrité, pas abîmé, et il se calme en général.',
  ],
  [
    'Puis-je continuer à bouger\u00a0?',
    'Oui. Bouger en douceur est l’une des meilleures choses à faire. Marcher, changer souvent de position et continuer les tâches légères aident le dos à récupérer plus vite que rester couché. Une certaine gêne en bougeant est normale et ne veut pas dire que vous vous faites du mal. Allez à votre rythme et faites un peu plus chaque jour.',
  ],
  [
    'Combien de temps la douleur va-t-elle durer\u00a0?',
    'Beaucoup de personnes vont nettement mieux en quelques semaines, et la plupart reprennent leurs activités habituelles en trois mois. La récupération connaît souvent des hauts et des bas\u00a0: un mauvais jour ne veut pas dire que vous reculez. Si la douleur ne diminue pas après six semaines, ou si elle vous empêche de travailler ou de dormir, demandez-nous de revoir votre plan.',
  ],
  [
    'Ai-je besoin d’un examen d’imagerie\u00a0?',
    'En général, non. Les examens de dos sans douleur montrent souvent des disques usés ou de petites hernies\u00a0; ces images expliquent donc rarement vos symptômes et changent rarement le traitement. Nous proposons une imagerie seulement en présence de signes d’alerte, si les symptômes s’aggravent malgré de bons soins, ou si un spécialiste envisage une opération ou une infiltration. Un examen attentif nous en apprend bien plus.',
  ],
  [
    'Quels signes d’alerte demandent des soins urgents\u00a0?',
    'Consultez le jour même si vous remarquez un engourdissement entre les jambes ou autour des fesses, des difficultés à uriner ou à retenir les selles, ou une faiblesse dans les deux jambes. Il en va de même pour une douleur après une chute grave, avec de la fièvre, ou avec une perte de poids inexpliquée. Ces problèmes sont rares, mais ils demandent un médecin rapidement.',
  ],
  [
    'Dois-je rester au lit\u00a0?',
    'Plus d’un ou deux jours au lit ralentissent en général la récupération. Les muscles perdent de la force, les articulations se raidissent et la confiance baisse. S’allonger un moment quand la douleur est forte ne pose pas de problème, mais essayez de vous lever et de bouger environ toutes les heures. De petites activités réparties sur la journée valent mieux qu’un long repos.',
  ],
  [
    'Les antidouleurs m’aident-ils à guérir\u00a0?',
    'Les antidouleurs peuvent faciliter le mouvement, le sommeil et le travail, ce qui aide la récupération. Ils ne réparent pas le dos à eux seuls\u00a0: utilisez-les pour rester actif, pas pour remplacer l’activité. Lisez la notice, respectez la dose indiquée et demandez conseil à un pharmacien ou à un médecin si vous prenez d’autres médicaments ou en avez besoin plus d’une semaine.',
  ],
  [
    'Vaut-il mieux utiliser le chaud ou le froid\u00a0?',
    'Les deux peuvent soulager la douleur un moment, et aucun n’est meilleur pour tout le monde. Beaucoup de personnes aiment la chaleur, comme un bain chaud ou une bouillotte emballée, pour détendre les muscles tendus. D’autres préfèrent une poche de froid les premiers jours. Enveloppez toujours le chaud ou le froid dans un linge, surveillez votre peau et ne dépassez pas vingt minutes.',
  ],
];

const SETS = { en: QA, nl: QA_NL, fr: QA_FR };
const PART = { en: 'part', nl: 'deel', fr: 'partie' };

/** @typedef {{ i: number, q: string, a: string }} Item  i is 1-based */

/**
 * n items, cycling through the set deterministically; repeats get a round suffix so every
 * question stays unique (physio-faq derives element ids from the question text).
 * @param {number} n
 * @param {'en' | 'nl' | 'fr'} [lang] the page's language (Dutch and French: 8 questions, then repeats)
 * @returns {Item[]}
 */
export function items(n, lang = 'en') {
  const set = SETS[lang];
  return Array.from({ length: n }, (_, k) => {
    const [q, a] = set[k % set.length];
    const round = Math.floor(k / set.length);
    return { i: k + 1, q: round ? `${q} (${PART[lang]} ${round + 1})` : q, a };
  });
}

/** @param {unknown} s */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
