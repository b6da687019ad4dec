package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;

/** Test inputs of ixian-primitives.md Appendix A, copied verbatim (the hex blocks). */
public final class IxianVectors {
    private IxianVectors() {}

    /** V-A1 public key: v1 from a 4096-bit-sized key, keyVersion 1 (528 bytes, SHA3-256 = e2e69daa3f38e63323e50457f3dd100c5e36315b2a442432cdb07500baf4aebe). */
    public static final byte[] PK_V1 = b(""
            + "0100000000000200009faabc2fd0b45695ac8d1b54e7bdfdd8a64da0ad9a921e"
            + "4f74cf5f85ba4e3cb7309fddd6c360b8fe28a87e2c364f67ee786f68e603a3ff"
            + "d9053894c6543a931820b4ccb5794b866ff01a61577cf1f951404af5d0af11ed"
            + "6cf059b966d133e64f71b7f36fb612f9a3a078082527db8d54a388b9a942ffc4"
            + "e406403a8dec127906b05aebcdd0724443c456f8a1cde2f79dce39ae07f4086f"
            + "42ca44ac3d5ac25e67c4753617067ce3ad6581fec2742d4c04aa64369ae92e46"
            + "f9549403c796e4b750e6a28f93252d74750ab3a92dbee528c8bdeab8bf90132b"
            + "3abbd82f199d481c1de6b13e6faefe554c30d32f15866c8bf9f0776ca79f0af9"
            + "2b0fcd9e8cfa469c88e0b7a3035bf8ad56fb34e51cbd605ef8376a03d5e1d21c"
            + "825a617589e81aef8c1255089de27f35c93818b6c219737658f17f79f9895049"
            + "4a5f2dd4fdac5246573ade25b358b06d8d1b2e44fa5c4f4e06e1078217cafd0b"
            + "86f790e13ffeb1b99ed3cfd39329d1c7458da3e4918f190be3114ba2dc34a0cc"
            + "43fcc58688cb84fa1e55d0aaeb719c06d41a16999eb37f211376185c6fd4bca4"
            + "f384fd5f7b4b2bd2ace9d2d8e5e9d82ce00d2ceee4bc62940fa0e11dd401cdef"
            + "1dad89a524629a2f429c6039b8305fc8b74d6a759e166f342d7951087b7e305a"
            + "59b951e09131a9bce2e78f4302cfec5036d90e71472c1b980fb0a46471dcb94a"
            + "35f09b6a8f3fd1fe3303000000010001");

    /** V-A2 public key: v2 from a 2048-bit-sized key, keyVersion 2 (272 bytes, SHA3-256 = 0c53d015aea68295b476dc6ec08f707b33cba36e79bf32ea8c4853b6283ca8be). */
    public static final byte[] PK_V2 = b(""
            + "02000000000001000097e146fa4d0f71ab584a4da3394c5638a65ff1061e9607"
            + "72e22d6782f75c8a0d092901fb8f65db4ca94b8d054990c72949f83bed5af42d"
            + "ce9b42a9acde9dcde5dd95ba6e2cedde58eb26568a95883bef5694ea06332bc2"
            + "28f60493a988b828766831e1812cc29ee549d75418e8fcaca7f37cf2a8365f44"
            + "868cbffc75673a3a72228dcd35e4166c9ca208f6712b4a10fb494e3475b3c861"
            + "c2cd310b29464d73f81960dd8d7668f0e00a0d51ffd953c1dd3fd3a7dc9bec8d"
            + "2edd3bf2a2818630ccbeb09caf040ea1437c2de19fc023b7a88ced10a01966f7"
            + "eaaa2ab2894023f083fcd0d0edce0237748e5e4fc103322785fe3ca0c48a64f0"
            + "997bd62a6efb7ae90103000000010001");

    /** V-A0 public key: legacy 523-byte form (no prefix) (523 bytes, SHA3-256 = 43f193e66cc2093cdada94096944bbb628b900def7e1ae90dddf06f8c11c35a6). */
    public static final byte[] PK_V0_LEGACY = b(""
            + "000200009faabc2fd0b45695ac8d1b54e7bdfdd8a64da0ad9a921e4f74cf5f85"
            + "ba4e3cb7309fddd6c360b8fe28a87e2c364f67ee786f68e603a3ffd9053894c6"
            + "543a931820b4ccb5794b866ff01a61577cf1f951404af5d0af11ed6cf059b966"
            + "d133e64f71b7f36fb612f9a3a078082527db8d54a388b9a942ffc4e406403a8d"
            + "ec127906b05aebcdd0724443c456f8a1cde2f79dce39ae07f4086f42ca44ac3d"
            + "5ac25e67c4753617067ce3ad6581fec2742d4c04aa64369ae92e46f9549403c7"
            + "96e4b750e6a28f93252d74750ab3a92dbee528c8bdeab8bf90132b3abbd82f19"
            + "9d481c1de6b13e6faefe554c30d32f15866c8bf9f0776ca79f0af92b0fcd9e8c"
            + "fa469c88e0b7a3035bf8ad56fb34e51cbd605ef8376a03d5e1d21c825a617589"
            + "e81aef8c1255089de27f35c93818b6c219737658f17f79f98950494a5f2dd4fd"
            + "ac5246573ade25b358b06d8d1b2e44fa5c4f4e06e1078217cafd0b86f790e13f"
            + "feb1b99ed3cfd39329d1c7458da3e4918f190be3114ba2dc34a0cc43fcc58688"
            + "cb84fa1e55d0aaeb719c06d41a16999eb37f211376185c6fd4bca4f384fd5f7b"
            + "4b2bd2ace9d2d8e5e9d82ce00d2ceee4bc62940fa0e11dd401cdef1dad89a524"
            + "629a2f429c6039b8305fc8b74d6a759e166f342d7951087b7e305a59b951e091"
            + "31a9bce2e78f4302cfec5036d90e71472c1b980fb0a46471dcb94a35f09b6a8f"
            + "3fd1fe3303000000010001");

    /** V-A0p public key: same modulus, 528-byte form with keyVersion 0 (528 bytes, SHA3-256 = cf978d9c2542227c69717368ffbd630c8ce96bb0185e699e555ab08a5b9d18f7). */
    public static final byte[] PK_V0_PREFIXED = b(""
            + "0000000000000200009faabc2fd0b45695ac8d1b54e7bdfdd8a64da0ad9a921e"
            + "4f74cf5f85ba4e3cb7309fddd6c360b8fe28a87e2c364f67ee786f68e603a3ff"
            + "d9053894c6543a931820b4ccb5794b866ff01a61577cf1f951404af5d0af11ed"
            + "6cf059b966d133e64f71b7f36fb612f9a3a078082527db8d54a388b9a942ffc4"
            + "e406403a8dec127906b05aebcdd0724443c456f8a1cde2f79dce39ae07f4086f"
            + "42ca44ac3d5ac25e67c4753617067ce3ad6581fec2742d4c04aa64369ae92e46"
            + "f9549403c796e4b750e6a28f93252d74750ab3a92dbee528c8bdeab8bf90132b"
            + "3abbd82f199d481c1de6b13e6faefe554c30d32f15866c8bf9f0776ca79f0af9"
            + "2b0fcd9e8cfa469c88e0b7a3035bf8ad56fb34e51cbd605ef8376a03d5e1d21c"
            + "825a617589e81aef8c1255089de27f35c93818b6c219737658f17f79f9895049"
            + "4a5f2dd4fdac5246573ade25b358b06d8d1b2e44fa5c4f4e06e1078217cafd0b"
            + "86f790e13ffeb1b99ed3cfd39329d1c7458da3e4918f190be3114ba2dc34a0cc"
            + "43fcc58688cb84fa1e55d0aaeb719c06d41a16999eb37f211376185c6fd4bca4"
            + "f384fd5f7b4b2bd2ace9d2d8e5e9d82ce00d2ceee4bc62940fa0e11dd401cdef"
            + "1dad89a524629a2f429c6039b8305fc8b74d6a759e166f342d7951087b7e305a"
            + "59b951e09131a9bce2e78f4302cfec5036d90e71472c1b980fb0a46471dcb94a"
            + "35f09b6a8f3fd1fe3303000000010001");

    /** RSA-2048 test key, Ixian public key (version byte 2, 272 bytes). */
    public static final byte[] RSA2048_PUBLIC = b(""
            + "020000000000010000d2bba6d2648cdba2d488b71839d7dcaa76020bdcb755bf"
            + "190060fd00b706271e4dcaa8e9617a8acbd737853a457f401e698d63bbefe037"
            + "6e340bbbaf44ac4bed5aa27b87e3445785ff8d8c4a1f35a6e03137ce3a778268"
            + "3010c170b0a10c61950f14b18c3bf8dbada60d6a8c9bfadf33a6d709cc9d1f1e"
            + "040e3b0584126ea64d297996039d334fe756041e9d5a7044e2165adb780c53d8"
            + "41608ebc5fcce6fd9575859bc11739dadda1a855d787d561ee71164001d1ae37"
            + "17f58bb519b59cf08df938abec25a470f64dc527c413af2ec6196d765cb1cdcd"
            + "c1a2fe90739bfcf26cc87ee6ea6444cf14b35d1bd7fa71afaafd9d7e0824a835"
            + "e81172f4d1942ae74d03000000010001");

    /** RSA-2048 test key, Ixian private key (1192 bytes). */
    public static final byte[] RSA2048_PRIVATE = b(""
            + "020000000000010000d2bba6d2648cdba2d488b71839d7dcaa76020bdcb755bf"
            + "190060fd00b706271e4dcaa8e9617a8acbd737853a457f401e698d63bbefe037"
            + "6e340bbbaf44ac4bed5aa27b87e3445785ff8d8c4a1f35a6e03137ce3a778268"
            + "3010c170b0a10c61950f14b18c3bf8dbada60d6a8c9bfadf33a6d709cc9d1f1e"
            + "040e3b0584126ea64d297996039d334fe756041e9d5a7044e2165adb780c53d8"
            + "41608ebc5fcce6fd9575859bc11739dadda1a855d787d561ee71164001d1ae37"
            + "17f58bb519b59cf08df938abec25a470f64dc527c413af2ec6196d765cb1cdcd"
            + "c1a2fe90739bfcf26cc87ee6ea6444cf14b35d1bd7fa71afaafd9d7e0824a835"
            + "e81172f4d1942ae74d0300000001000180000000f49c0ab3bf3d449c00493326"
            + "2edf9461ce71c92e3ab3ac3460a1d53f63f544c5cdd267ce0d319100239c1b21"
            + "c8828d00196af4f28db012edbe2a876b4a37203c14917125a22b03d66cf8442e"
            + "b7bfe09303cdd5d7356513c592bd1d15217622e4ed613c065188b245f51dbc0e"
            + "857bce5de9809e25b1312e56c219cff9e21da22d80000000dc8bc5b1f34f0c32"
            + "23023f588453b9131eb6668888f479b080dc14b904e58ba8dba1f2c093020e18"
            + "b5a5bee9e5420a86f8e8d0412c8dd345800e89abb5baa7d3caf94b61b354f62d"
            + "e0becf23638b14604f96954e3ae58d7f2ef4503e9c1b76ec781c3104444bd791"
            + "84568b6e9cbac3c8b54f560de175516904995fda03de2da180000000c1f13ee3"
            + "098c106c082601b212941ed7f5916e4b832b962be93a27141db30816357ccfe5"
            + "25bcd914dd2716b41080c23f03e833d264d8e8092c301832cf232a21b8c5208b"
            + "102b3eddb2849dbad4e203b34cded4dfcf6c16e31dd767c9ab4039a67d380d19"
            + "8d67eec15cf97873a30e68af39464b1de381f515c0cc2a841bee16f980000000"
            + "cbe967861a81f1b2c16fa885fd0333d11bca658ec3a1d6897cfaff25fa030a57"
            + "bb8a46da0a9211da82c89675c784821b3d3474a86dbb4ba5acbac44b40a12dde"
            + "c28230524aeeb916bdff6da138be34bebf9768c085f00c1d959a4a3f3932a388"
            + "0b9d752c8ec0d8b530789c3e4f26d7325180e2fdbe812c1e3f2457dd494a3941"
            + "80000000a216fa4ba5486908692a32b57ad061529d4d1b87b4185dddf5a4b391"
            + "cc46924214609b6f48e84756880d85d4b6804121535ac6015045719a14f32e99"
            + "7accefaefaa92d6040c008c403c72321ba84a22242f4ccd03273db750ac78ef3"
            + "5aea87a1d65a646ab0ce95796c190b7296e61031823578055fd207e4bcf5b26b"
            + "98b6d951000100000546f53ae7c81086220908dac22210e7b29c0c7011ca8cbd"
            + "0381bc8e83591ceb06bf9cf02ef233d5199a72023174455d9b5149b7b339ee28"
            + "4897047c9818c40afdfdf24d7dd172b45dbb44889282268d8eecd403cebc6bd1"
            + "de521ef05a8c1a939fe93c25240e0bbb230a6fc1197502188c6db781ed225b63"
            + "bfae7b326a8876e58d7c78bde2ac9d6a6d3ba22ca87b68e6a9730f24f7386137"
            + "761efed428a33223439ee923aa6b7413eddc6125798a0c2cad28c743b899e5f9"
            + "d7258ee68853e76814b7e73f47961753732c67172b20b28c6d953809dce0a9ce"
            + "ef354bea0f5b3b09c7b1e54dbe6118ba36d2122304f8224bc63422d48288cda7"
            + "044be72e5eb2c321");

    /** SHA512withRSA (PKCS#1 v1.5) signature of ASCII "ixian" with that key (256 bytes). */
    public static final byte[] SIGNATURE_IXIAN = b(""
            + "c9daf543581f1e71e5fad559135a9d3a0de74ed026fd7a28691fb85f0f7dce81"
            + "f4c627861562cb02cc69df8923cc8f0bd4aad0a66d92376e7b064dca85e78789"
            + "8d66eda25286b1511859aaab3f8e574465362c1a95280fcb29bb7cbe48fd3a89"
            + "5758e6b54ee7652cd6ddaeedd3a70c2f06e6740233709d6944f8da6c5e64f900"
            + "fe1dca38b706664a49c21d7fa80ddced49311461505a87a249b4db5690a823ee"
            + "761a5a7ef14ac7c87da4f6c1e3e13f2d48c43cea31b1c8091fda52547983c0d8"
            + "5e6051207f76b25abcd7060f938f0971be9c75c5445261fdf301493d7ce1694d"
            + "29319613b86b0bf758f3c9dcfdc9e00a187166f44c9890d271ecb09ae18c106b");

    /** rsa2 message to that key (369 bytes; OAEP seed random, so decrypt-only). */
    public static final byte[] RSA2_MESSAGE = b(""
            + "fc000127672c34eda54fbd45f31a64bc8f1ecbfbe1329ebf59836340b2f75ce3"
            + "6f90a02b59e09601ea997048592d54391802e9cc9a8fceaffc79b9f8512c86d2"
            + "328dbc949b61b8da2121ac056a1f8a7ded62e2ada290b4f043d6963671f2c679"
            + "4c1e52ea5eecd61e58c69bbca74b768482ea710bcbcf6d87dc7f649ebc99ff25"
            + "155827f2c5e5efbc62b29dc58d3a5547a0b1aa95dca86539caf196cc1dfe0a1d"
            + "1fe97a6cf101c40c958c931e31d03426e1cd55f05fa3d72188a3ad1c96ad8fd9"
            + "aa9c625f544b054f358944d01439d9a2b2d0fbbbd3e55b56bb403e25f6fc15ba"
            + "5a9a6ecc2b88646aa51367354edbd033ba8f388874accdc9942336bea5e35d8e"
            + "b7dc1a6d40404142434445464748494a4b4c4d4e4f505152535455565758595a"
            + "5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a"
            + "7b7c7d7e7f2b18d158cb290caebd8f0eb44af98926ee4d1c91e40a1fd11c793c"
            + "f510eaa2c4b177f292d2fa5a73c25f9267");
}
