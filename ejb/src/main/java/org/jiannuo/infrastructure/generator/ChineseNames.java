package org.jiannuo.infrastructure.generator;

import java.util.Random;

/** Plausible Chinese names: common surnames, one- or two-character given names. */
final class ChineseNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国建华志强志明海峰振华文博晓东永刚德明";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲桂英红梅琳雪萍婷慧秀兰颖倩琴云洁莉晶玉凤佳丹红霞美玲春燕晓燕";

    private ChineseNames() {
    }

    static String next(Random random, boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(skewed(random, SURNAMES.length())));
        int givenLength = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < givenLength; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    /** Earlier surnames are more common, as in the population. */
    private static int skewed(Random random, int bound) {
        double u = random.nextDouble();
        return (int) (bound * u * u);
    }
}
