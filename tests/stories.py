"""Story texts shared by the related-engine tests (HTTP, admin panel, browser):
four on union wages that share words, and unrelated ones on football."""

WAGES = [
    (
        "Công đoàn đề xuất tăng lương tối thiểu vùng cho người lao động",
        "Tổng liên đoàn lao động kiến nghị tăng lương tối thiểu vùng từ năm sau.",
        "Công đoàn cho rằng tiền lương tối thiểu chưa đủ sống. Người lao động trong "
        "các khu công nghiệp cần được tăng lương để trang trải chi phí nhà trọ.",
    ),
    (
        "Người lao động khu công nghiệp chờ tăng lương tối thiểu",
        "Công nhân mong mức lương tối thiểu vùng mới sớm được áp dụng.",
        "Tiền lương của người lao động tại khu công nghiệp chỉ đủ chi phí nhà trọ. "
        "Công đoàn cơ sở đề nghị doanh nghiệp tăng lương cho công nhân.",
    ),
    (
        "Hội đồng tiền lương quốc gia họp về lương tối thiểu vùng",
        "Đại diện công đoàn và doanh nghiệp thương lượng mức tăng lương tối thiểu.",
        "Công đoàn bảo vệ quyền lợi người lao động, đề xuất tăng lương tối thiểu vùng "
        "để công nhân khu công nghiệp đủ sống.",
    ),
    (
        "Doanh nghiệp và công đoàn ký thỏa ước về tiền lương",
        "Thỏa ước lao động tập thể quy định tăng lương hằng năm cho công nhân.",
        "Người lao động được tăng lương, công đoàn cơ sở giám sát việc trả lương "
        "đúng hạn tại khu công nghiệp.",
    ),
]

# A fifth wages story, for tests that need more neighbours than WAGES[1:].
MORE_WAGES = [
    (
        "Công nhân khu công nghiệp thuê nhà trọ chờ lương tăng",
        "Chi phí nhà trọ tăng khiến người lao động mong lương tối thiểu vùng tăng sớm.",
        "Công đoàn khu công nghiệp khảo sát tiền lương và chi phí nhà trọ của công nhân, "
        "đề nghị doanh nghiệp tăng lương cho người lao động.",
    ),
]

FOOTBALL = [
    (
        "Đội tuyển bóng đá Việt Nam thắng trận mở màn vòng loại",
        "Huấn luyện viên hài lòng với lối chơi của các cầu thủ trẻ.",
        "Đội tuyển ghi hai bàn thắng trong hiệp hai. Thủ môn cứu thua xuất sắc, "
        "cổ động viên ăn mừng trên sân vận động.",
    ),
    (
        "Cầu thủ trẻ tỏa sáng, đội tuyển bóng đá giành vé vào vòng trong",
        "Bàn thắng phút cuối giúp đội tuyển vượt qua vòng loại.",
        "Huấn luyện viên khen ngợi tiền đạo ghi bàn thắng quyết định. Cổ động viên "
        "lấp kín sân vận động cổ vũ đội tuyển bóng đá.",
    ),
    (
        "Huấn luyện viên đội tuyển công bố danh sách cầu thủ dự vòng loại",
        "Nhiều cầu thủ trẻ lần đầu được gọi lên đội tuyển bóng đá quốc gia.",
        "Thủ môn và tiền đạo của câu lạc bộ được huấn luyện viên tin tưởng trước "
        "các trận vòng loại trên sân vận động.",
    ),
]
