// Page text for every fixture: plain-English low-back-pain questions and answers written
// for this benchmark (about 60 words per answer). Every subject shows the same words, so
// the only difference between pages is the markup and the subject's own JS/CSS.

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

/** @typedef {{ i: number, q: string, a: string }} Item  i is 1-based */

/**
 * n items, cycling through the set deterministically; repeats get a round suffix so every
 * question stays unique (physio-faq derives element ids from the question text).
 * @param {number} n
 * @returns {Item[]}
 */
export function items(n) {
  return Array.from({ length: n }, (_, k) => {
    const [q, a] = QA[k % QA.length];
    const round = Math.floor(k / QA.length);
    return { i: k + 1, q: round ? `${q} (part ${round + 1})` : q, a };
  });
}

/** @param {unknown} s */
export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
